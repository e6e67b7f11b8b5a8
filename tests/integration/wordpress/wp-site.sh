#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A real WordPress (Debian's wordpress package, MariaDB, PHP's built-in server) on 127.0.0.1
# for the publishing integration tests.
#
#   wp-site.sh start STATE_DIR   install (first time) and start; prints KEY=VALUE lines:
#                                WP_URL, WP_ADMIN_USER, WP_ADMIN_APP_PASSWORD,
#                                WP_AUTHOR_USER, WP_AUTHOR_APP_PASSWORD, WP_ROOT, WP_PHP
#   wp-site.sh stop STATE_DIR    stop the web server and the database
#
# Needs the packages of `packaging/install-deps.sh --wordpress`. Everything lives in
# STATE_DIR: nothing is written to the system's MariaDB, Apache or /etc/wordpress.
# `start` waits up to QUOTEDESK_WP_START_TIMEOUT seconds (default 180: a loaded machine is
# slow) for the database and then the web server to answer, and fails with their log when
# one does not, or ends, in that time.
set -euo pipefail

command=${1:-}
state=${2:-}
if [ -z "$command" ] || [ -z "$state" ]; then
    sed -n '3,12p' "$0" >&2
    exit 2
fi
mkdir -p "$state"
state=$(cd "$state" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
db_dir=$state/mysql
run_dir=$state/run
socket=$run_dir/mysqld.sock
www=$state/www
log=$state/log
mkdir -p "$log"
timeout=${QUOTEDESK_WP_START_TIMEOUT:-180}
db_timeout=${QUOTEDESK_WP_DB_START_TIMEOUT:-$timeout}

# wait_for WHAT PID LOG COMMAND…: runs COMMAND every 0.2 s until it succeeds; fails with the
# end of LOG when process PID ends or $timeout seconds pass first.
wait_for() {
    local what=$1 pid=$2 logfile=$3
    shift 3
    local start=$SECONDS
    until "$@" >/dev/null 2>&1; do
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "wp-site: $what ended before it answered; the end of $logfile:" >&2
            tail -n 30 "$logfile" >&2 2>/dev/null || true
            exit 1
        fi
        if [ $((SECONDS - start)) -ge "$timeout" ]; then
            echo "wp-site: $what did not answer within $timeout s (QUOTEDESK_WP_START_TIMEOUT); the end of $logfile:" >&2
            tail -n 30 "$logfile" >&2 2>/dev/null || true
            exit 1
        fi
        sleep 0.2
    done
}

find_mariadbd() {
    for candidate in /usr/sbin/mariadbd /usr/sbin/mysqld; do
        [ -x "$candidate" ] && { echo "$candidate"; return; }
    done
    echo "wp-site: mariadbd not found; run packaging/install-deps.sh --wordpress" >&2
    exit 1
}

stop_group() {
    local pidfile=$1
    [ -f "$pidfile" ] || return 0
    local pid
    pid=$(cat "$pidfile")
    # PHP's server forks workers that keep the port: end the whole process group.
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
    rm -f "$pidfile"
}

start_database() {
    local mariadbd
    mariadbd=$(find_mariadbd)
    # The server runs as mysql, which must reach into the state folder (mktemp makes it 0700).
    chmod 755 "$state"
    if [ ! -d "$db_dir/mysql" ]; then
        mkdir -p "$db_dir"
        chown mysql:mysql "$db_dir" 2>/dev/null || true
        mariadb-install-db --no-defaults --datadir="$db_dir" --user=mysql \
            --auth-root-authentication-method=socket --skip-test-db >"$log/install-db.log" 2>&1
    fi
    # The server runs as mysql: give it its own folders for data, socket and log.
    mkdir -p "$run_dir"
    chown -R mysql:mysql "$db_dir" "$run_dir" 2>/dev/null || true
    setsid "$mariadbd" --no-defaults --user=mysql --datadir="$db_dir" --socket="$socket" \
        --pid-file="$run_dir/mysqld.pid" --skip-networking --log-error="$run_dir/mariadb.log" \
        </dev/null >/dev/null 2>&1 &
    local pid=$!
    echo "$pid" >"$state/mysqld.group"
    timeout=$db_timeout wait_for MariaDB "$pid" "$run_dir/mariadb.log" \
        mariadb --no-defaults --socket="$socket" -uroot -e 'SELECT 1'
}

free_port() {
    php -r '$s = stream_socket_server("tcp://127.0.0.1:0"); $n = stream_socket_get_name($s, false); echo substr($n, strrpos($n, ":") + 1);'
}

case "$command" in
start)
    start_database
    if [ ! -f "$state/installed" ]; then
        mariadb --no-defaults --socket="$socket" -uroot -e \
            "CREATE DATABASE IF NOT EXISTS wordpress; CREATE USER IF NOT EXISTS 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON wordpress.* TO 'wp'@'localhost';"
        rm -rf "$www"
        cp -rL /usr/share/wordpress "$www"
        rm -f "$www/wp-config.php"
        mkdir -p "$www/wp-content/mu-plugins" "$www/wp-content/uploads"
        cp "$here/no-mail.php" "$www/wp-content/mu-plugins/"
    fi
    port=$(free_port)
    url="http://127.0.0.1:$port"
    sed -e "s|@SOCKET@|$socket|" -e "s|@URL@|$url|" "$here/wp-config.php.in" >"$www/wp-config.php"
    if [ ! -f "$state/installed" ]; then
        php "$here/install.php" "$www" "$url" >"$state/credentials" 2>"$log/install.log" || {
            echo "wp-site: WordPress install failed; see $log/install.log" >&2
            cat "$log/install.log" >&2
            exit 1
        }
        touch "$state/installed"
    fi
    PHP_CLI_SERVER_WORKERS=4 setsid php -S "127.0.0.1:$port" -t "$www" "$here/router.php" \
        </dev/null >"$log/php.log" 2>&1 &
    php_pid=$!
    echo "$php_pid" >"$state/php.group"
    # The REST API's index must answer 200, not only the port accept.
    wait_for "PHP's web server at $url" "$php_pid" "$log/php.log" \
        curl -sf --max-time 30 -o /dev/null "$url/wp-json/"
    echo "WP_URL=$url"
    echo "WP_ROOT=$www"
    cat "$state/credentials"
    ;;
stop)
    stop_group "$state/php.group"
    if [ -f "$state/mysqld.group" ]; then
        mariadb-admin --no-defaults --socket="$socket" -uroot shutdown >/dev/null 2>&1 || true
        stop_group "$state/mysqld.group"
    fi
    ;;
*)
    echo "wp-site: unknown command '$command' (start or stop)" >&2
    exit 2
    ;;
esac
