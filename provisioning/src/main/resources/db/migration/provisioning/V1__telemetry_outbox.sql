-- Store-and-forward outbox for MQTT telemetry. AUTOINCREMENT keeps sequence numbers rising even
-- after the table empties, so delivery order holds across restarts.
CREATE TABLE telemetry_outbox (
  sequence            INTEGER PRIMARY KEY AUTOINCREMENT,
  message_id          TEXT    NOT NULL UNIQUE,
  topic               TEXT    NOT NULL,
  payload             BLOB    NOT NULL,
  priority            INTEGER NOT NULL,
  created_at_epoch_ms INTEGER NOT NULL,
  attempts            INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX telemetry_outbox_delivery_order ON telemetry_outbox (priority DESC, sequence);

-- Sparkplug-style birth/death sequence: one number per kiosk, raised on every connection.
CREATE TABLE telemetry_birth_sequence (
  kiosk  TEXT    PRIMARY KEY,
  bd_seq INTEGER NOT NULL
);
