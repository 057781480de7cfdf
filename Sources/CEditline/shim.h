// A thin bridge to libedit's native API for Swift: its el_set/el_get/history
// calls are variadic, which Swift cannot call, so each use gets a wrapper here.
#ifndef DECLINE_COACH_CEDITLINE_SHIM_H
#define DECLINE_COACH_CEDITLINE_SHIM_H

#include <histedit.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <pthread.h>
#include <unistd.h>
#include <poll.h>
#include <wchar.h>

static inline EditLine *ce_init(const char *prog) { return el_init(prog, stdin, stdout, stderr); }
static inline int ce_set_prompt(EditLine *e, char *(*f)(EditLine *), char escape) { return el_set(e, EL_PROMPT_ESC, f, escape); }
static inline int ce_set_editor(EditLine *e, const char *mode) { return el_set(e, EL_EDITOR, mode); }
static inline int ce_set_signal(EditLine *e, int on) { return el_set(e, EL_SIGNAL, on); }
static inline int ce_set_history(EditLine *e, History *h) { return el_set(e, EL_HIST, history, h); }
static inline int ce_set_clientdata(EditLine *e, void *d) { return el_set(e, EL_CLIENTDATA, d); }
static inline void *ce_get_clientdata(EditLine *e) { void *d = NULL; el_get(e, EL_CLIENTDATA, &d); return d; }
static inline int ce_add_function(EditLine *e, const char *name, const char *help, unsigned char (*f)(EditLine *, int)) {
    return el_set(e, EL_ADDFN, name, help, f);
}
static inline int ce_bind(EditLine *e, const char *key, const char *function) { return el_set(e, EL_BIND, key, function, NULL); }
/// Reads ~/.editrc (or $EDITRC), so the user's own bindings apply.
static inline int ce_source_editrc(EditLine *e) { return el_source(e, NULL); }

static inline History *ce_history_init(int size) {
    History *h = history_init();
    HistEvent ev;
    history(h, &ev, H_SETSIZE, size);
    history(h, &ev, H_SETUNIQUE, 1);
    return h;
}
static inline int ce_history_enter(History *h, const char *line) { HistEvent ev; return history(h, &ev, H_ENTER, line); }
static inline int ce_history_load(History *h, const char *path) { HistEvent ev; return history(h, &ev, H_LOAD, path); }
static inline int ce_history_save(History *h, const char *path) { HistEvent ev; return history(h, &ev, H_SAVE, path); }

/// libedit drops every non-ASCII byte unless the locale's codeset is UTF-8.
static inline void ce_setup_locale(void) {
    setlocale(LC_ALL, "");
    const char *codeset = nl_langinfo(CODESET);
    if (codeset == NULL || strcmp(codeset, "UTF-8") != 0) {
        if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) setlocale(LC_CTYPE, "en_US.UTF-8");
    }
}

static volatile sig_atomic_t ce_stop_signal = 0;
static void ce_on_interrupt(int s) { (void)s; }
/* libedit catches SIGTERM and SIGHUP itself and goes back to reading; an alarm
   (which it does not catch) then interrupts the read so the session can end and save. */
static void ce_on_stop(int s) { ce_stop_signal = s; alarm(1); }

/// Ctrl-C makes el_gets return NULL with EINTR (the line is discarded);
/// SIGTERM and SIGHUP do the same and are remembered, so the session can end and save.
static inline void ce_install_signal_handlers(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = ce_on_interrupt;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGALRM, &sa, NULL); /* the alarm from ce_on_stop interrupts the read */
    sa.sa_handler = ce_on_stop;
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
}
/// Signals must reach the thread reading the terminal, not a worker thread:
/// block them before any worker starts (workers inherit the mask), then
/// unblock them on the main thread only.
static inline void ce_block_signals(int block) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT); sigaddset(&set, SIGTERM); sigaddset(&set, SIGHUP); sigaddset(&set, SIGALRM);
    pthread_sigmask(block ? SIG_BLOCK : SIG_UNBLOCK, &set, NULL);
}
static inline int ce_stop_requested(void) { return ce_stop_signal; }
static inline int ce_errno(void) { return errno; }

/* --timed: a turn allows this many seconds of silence. Each key typed starts the count
   again (typing holds the clock). Ten seconds before the end, and again at three, a line
   above the input says how long is left; libedit then redraws the prompt and what was typed. */
static volatile int ce_limit = 0, ce_left = 0, ce_expired = 0;
static void ce_show_left(EditLine *e) {
    if (ce_left != 10 && ce_left != 3) return;
    fprintf(stdout, "\n(%d seconds of silence left; typing holds the clock)\n", ce_left);
    fflush(stdout);
    el_set(e, EL_REFRESH);
}
/* Reads one character for libedit, waiting in one-second steps while a timer runs. */
static int ce_getc(EditLine *e, wchar_t *wc) {
    char buf[8];
    size_t n = 0;
    for (;;) {
        if (ce_limit > 0 && n == 0) {
            struct pollfd p = { .fd = 0, .events = POLLIN, .revents = 0 };
            int r = poll(&p, 1, 1000);
            if (r == 0) {
                if (--ce_left <= 0) { ce_expired = 1; errno = EINTR; return -1; }
                ce_show_left(e);
                continue;
            }
            if (r < 0) {
                if (errno == EINTR && !ce_stop_signal) continue; /* a resize, say: keep waiting */
                return -1;
            }
        }
        ssize_t r = read(0, buf + n, 1);
        if (r == 0) return 0;
        if (r < 0) {
            if (errno == EINTR && !ce_stop_signal) continue;
            return -1;
        }
        n++;
        mbstate_t st;
        memset(&st, 0, sizeof st);
        size_t k = mbrtowc(wc, buf, n, &st);
        if (k == (size_t)-2 && n < sizeof buf) continue;
        if (k == (size_t)-1 || k == (size_t)-2) *wc = (unsigned char)buf[0];
        if (ce_limit > 0) ce_left = ce_limit;
        return 1;
    }
}
static inline int ce_use_timed_reader(EditLine *e) { return el_set(e, EL_GETCFN, ce_getc); }
/* Starts (seconds > 0) or stops (0) the silence timer for the next read. */
static inline void ce_set_timer(int seconds) { ce_limit = seconds; ce_left = seconds; ce_expired = 0; }
static inline int ce_timer_expired(void) { return ce_expired; }

#endif
