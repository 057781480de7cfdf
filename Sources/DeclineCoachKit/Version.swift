/// The tool's version, shown by `--version` and written into transcripts.
public let version = "0.1.0"
