-- Remote commands a kiosk has taken. A nonce or a command id seen before is a replay; rows may go
-- once their command has expired, since expired commands are refused by time alone.
CREATE TABLE command_nonce (
  nonce               TEXT    PRIMARY KEY,
  command_id          TEXT    NOT NULL UNIQUE,
  expires_at_epoch_ms INTEGER NOT NULL,
  received_at_epoch_ms INTEGER NOT NULL
);

CREATE INDEX command_nonce_expiry ON command_nonce (expires_at_epoch_ms);

-- Every ack the kiosk sent, rejections included: the kiosk's own record of what IT asked and what
-- it did. No personal data: ids, types, status codes and short details only.
CREATE TABLE command_log (
  sequence        INTEGER PRIMARY KEY AUTOINCREMENT,
  command_id      TEXT    NOT NULL,
  command_type    TEXT,
  operator_key_id TEXT,
  status          TEXT    NOT NULL,
  detail          TEXT    NOT NULL,
  at_epoch_ms     INTEGER NOT NULL
);

CREATE INDEX command_log_by_command ON command_log (command_id);
