#!/usr/bin/env bash
# Fan-out of editions to COUNT subscribers into a local GreenMail SMTP server, through the
# packaged bot (target/digestbot.jar): the real outbox and connection pool, an untimed warm-up
# (its rate is the cold one), timed rounds (--rounds, default 3) and their median, then a naive
# send with one connection per message for comparison. GreenMail is a test dependency, so it runs in
# its own JVM from the test classpath.
#
# Usage: bench/email.sh [COUNT] [NAIVE] [bench email options...]   (defaults 10000 and 1000)
# JAVA_OPTS are passed to the bot's JVM (for example the service's own: -XX:+UseSerialGC -Xmx96m).
# MAILBOXES=per-recipient makes GreenMail keep a mailbox per reader, as it does by default, instead
# of one for all (see EmailBenchServer). Prints the CPU time GreenMail used during the run.
# Needs `mvn -B package -DskipTests` (the jar and the test classes) first.
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-10000}"
naive="${2:-1000}"
shift $(( $# < 2 ? $# : 2 ))
mailboxes="${MAILBOXES:-one}"
port="${SMTP_PORT:-3025}"

mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath >/dev/null
log="$(mktemp)"
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -f "$log"; }
trap cleanup EXIT
java -cp "target/test-classes:target/classes:$(cat target/test.classpath)" \
  -Dlogback.configurationFile=/dev/null dev.digestbot.cli.EmailBenchServer "$port" "$mailboxes" > "$log" 2>&1 &
pid=$!
until grep -q ready "$log"; do sleep 0.1; done
cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
before="$(cpu)"
java ${JAVA_OPTS:-} -jar target/digestbot.jar bench email --count "$count" --naive "$naive" --smtp-port "$port" "$@" 2>/dev/null
echo "GreenMail CPU during the run ($mailboxes mailbox setting): $(( ($(cpu) - before) * 1000 / $(getconf CLK_TCK) )) ms"
