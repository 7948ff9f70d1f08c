#!/bin/sh
# Throwaway PostgreSQL cluster for tests (TEST_DATABASE_URL).
#
#   url=$(sh scripts/pg-throwaway.sh start)   # prints postgresql://postgres@127.0.0.1:<port>/postgres
#   TEST_DATABASE_URL=$url npx vitest run tests/db
#   sh scripts/pg-throwaway.sh stop           # stops the server and deletes its folder
#   sh scripts/pg-throwaway.sh status
#
#   replica=$(sh scripts/pg-throwaway.sh start-replica)  # a streaming hot standby of the running cluster
#   sh scripts/pg-throwaway.sh stop-replica             # stops the standby (start-replica starts it again)
#
# The cluster lives in a fresh temp folder, listens on a free loopback port
# (and a Unix socket in that folder), trusts local connections, and runs with
# fsync off: for tests only (PG_THROWAWAY_DURABLE=1 keeps PostgreSQL's
# durable defaults, for crash tests that kill the server). initdb refuses to run as root, so as root the
# server runs as the `postgres` user (created as a system user if missing)
# through runuser or su. PG_BIN overrides the binaries folder (default: the
# newest /usr/lib/postgresql/*/bin, preferring 15); PG_THROWAWAY_STATE the
# file remembering the running cluster.
#
# The replica is a `pg_basebackup -R` copy of the cluster (in <folder>/replica,
# port in <folder>/replica.port), streaming from it with hot_standby on: the
# cluster's default wal_level=replica and initdb's trusted loopback
# `replication` entries in pg_hba.conf allow it. `stop` stops it too.
set -eu

STATE=${PG_THROWAWAY_STATE:-${TMPDIR:-/tmp}/claimtrail-pg-throwaway.state}
log() { echo "pg-throwaway: $*" >&2; }

find_bin() {
  if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN"; return; fi
  if [ -x /usr/lib/postgresql/15/bin/initdb ]; then echo /usr/lib/postgresql/15/bin; return; fi
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -n -r); do
    if [ -x "$dir/initdb" ]; then echo "$dir"; return; fi
  done
  if command -v pg_config >/dev/null 2>&1; then pg_config --bindir; return; fi
  log "no PostgreSQL server binaries found (set PG_BIN)"; exit 1
}

# Runs a command as the cluster owner (root cannot own a cluster).
as_owner() {
  if [ "$(id -u)" != 0 ]; then "$@"; return; fi
  if command -v runuser >/dev/null 2>&1; then runuser -u "$OWNER" -- "$@"; return; fi
  # su needs one shell string: quote every argument.
  cmd=""
  for arg in "$@"; do cmd="$cmd '$(printf '%s' "$arg" | sed "s/'/'\\\\''/g")'"; done
  su -s /bin/sh "$OWNER" -c "$cmd"
}

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close();})"
}

read_state() {
  [ -f "$STATE" ] || return 1
  DIR=$(sed -n 1p "$STATE"); PORT=$(sed -n 2p "$STATE"); OWNER=$(sed -n 3p "$STATE"); BIN=$(sed -n 4p "$STATE")
  [ -n "$DIR" ] && [ -d "$DIR" ]
}

url() { echo "postgresql://postgres@127.0.0.1:$PORT/postgres"; }

start() {
  if read_state && as_owner "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
    log "already running in $DIR"; url; return
  fi
  BIN=$(find_bin)
  OWNER=$(id -un)
  if [ "$(id -u)" = 0 ]; then
    OWNER=postgres
    if ! id "$OWNER" >/dev/null 2>&1; then
      log "creating system user $OWNER"
      useradd --system --no-create-home --shell /usr/sbin/nologin "$OWNER" 2>/dev/null \
        || adduser --system --no-create-home --group "$OWNER" >/dev/null
    fi
  fi
  DIR=$(mktemp -d "${TMPDIR:-/tmp}/claimtrail-pg.XXXXXX")
  chmod 755 "$DIR"
  if [ "$(id -u)" = 0 ]; then
    chown "$OWNER" "$DIR"
    # The owner must reach the folder: TMPDIR may sit under /root.
    if ! as_owner test -w "$DIR"; then
      rm -rf "$DIR"; DIR=$(mktemp -d /tmp/claimtrail-pg.XXXXXX); chmod 755 "$DIR"; chown "$OWNER" "$DIR"
    fi
  fi
  PORT=$(free_port)
  printf '%s\n%s\n%s\n%s\n' "$DIR" "$PORT" "$OWNER" "$BIN" >"$STATE"
  log "initdb in $DIR (owner $OWNER, binaries $BIN)"
  as_owner "$BIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$DIR/initdb.log" 2>&1 \
    || as_owner "$BIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >"$DIR/initdb.log" 2>&1 \
    || { cat "$DIR/initdb.log" >&2; exit 1; }
  log "starting on 127.0.0.1:$PORT"
  start_server "$DIR/data" "$PORT" "$DIR/server.log" ""
  url
}

# start_server DATA_FOLDER PORT LOG_FILE EXTRA_OPTIONS: pg_ctl start on loopback, the folder as socket
# directory; fsync and synchronous commit off unless PG_THROWAWAY_DURABLE=1.
start_server() {
  SPEED="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  [ "${PG_THROWAWAY_DURABLE:-0}" = 1 ] && SPEED=""
  as_owner "$BIN/pg_ctl" -D "$1" -l "$3" -w -t 60 \
    -o "-p $2 -k $DIR -c listen_addresses=127.0.0.1 $SPEED -c max_connections=200 $4" \
    start >&2 || { cat "$3" >&2; exit 1; }
}

replica_url() { echo "postgresql://postgres@127.0.0.1:$(cat "$DIR/replica.port")/postgres"; }

replica_running() { [ -d "$DIR/replica" ] && as_owner "$BIN/pg_ctl" -D "$DIR/replica" status >/dev/null 2>&1; }

start_replica() {
  if ! read_state || ! as_owner "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
    log "no running throwaway cluster in $STATE: start it first"; exit 1
  fi
  if replica_running; then log "replica already running"; replica_url; return; fi
  if [ ! -d "$DIR/replica" ]; then
    free_port >"$DIR/replica.port"
    log "pg_basebackup from 127.0.0.1:$PORT into $DIR/replica"
    as_owner "$BIN/pg_basebackup" -h 127.0.0.1 -p "$PORT" -U postgres -D "$DIR/replica" -R -X stream -c fast >"$DIR/basebackup.log" 2>&1 \
      || { cat "$DIR/basebackup.log" >&2; exit 1; }
  fi
  RPORT=$(cat "$DIR/replica.port")
  log "starting replica on 127.0.0.1:$RPORT"
  start_server "$DIR/replica" "$RPORT" "$DIR/replica.log" "-c hot_standby=on"
  replica_url
}

stop_replica() {
  if ! read_state; then log "no throwaway cluster recorded in $STATE"; return 0; fi
  if replica_running; then as_owner "$BIN/pg_ctl" -D "$DIR/replica" -m fast -w stop >&2; else log "replica was not running"; fi
}

stop() {
  if ! read_state; then log "no throwaway cluster recorded in $STATE"; rm -f "$STATE"; return 0; fi
  if replica_running; then as_owner "$BIN/pg_ctl" -D "$DIR/replica" -m fast -w stop >&2 || log "replica was not running"; fi
  as_owner "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >&2 || log "server was not running"
  rm -rf "$DIR" "$STATE"
  log "stopped and removed $DIR"
}

status() {
  if read_state && as_owner "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then url; else log "not running"; exit 3; fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  url) read_state && url ;;
  start-replica) start_replica ;;
  stop-replica) stop_replica ;;
  replica-url) read_state && [ -f "$DIR/replica.port" ] && replica_url ;;
  *) echo "usage: $0 start|stop|status|url|start-replica|stop-replica|replica-url" >&2; exit 2 ;;
esac
