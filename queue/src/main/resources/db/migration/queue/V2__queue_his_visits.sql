-- Where each ticket's visit stands with the hospital system (HIS). No personal data here.
CREATE TABLE queue_visit (
  ticket_id     TEXT    NOT NULL PRIMARY KEY REFERENCES queue_ticket (ticket_id),
  state         TEXT    NOT NULL CHECK (state IN ('REGISTERED', 'PROVISIONAL', 'LOCAL_ONLY', 'REFUSED', 'EXPIRED')),
  encounter_ref TEXT,
  his_number    TEXT,
  updated_at_ms INTEGER NOT NULL,
  CHECK (state <> 'REGISTERED' OR encounter_ref IS NOT NULL)
);

-- Registrations the HIS has not received yet. The patient's details exist here only as AES-GCM
-- ciphertext (nonce || ciphertext || tag, request_key as associated data); a row is deleted when
-- the HIS takes it, refuses it, or when it passes the retention limit.
CREATE TABLE queue_his_outbox (
  seq                INTEGER PRIMARY KEY AUTOINCREMENT, -- delivery order: the order patients came
  request_key        TEXT    NOT NULL UNIQUE,
  ticket_id          TEXT    NOT NULL REFERENCES queue_ticket (ticket_id),
  key_id             TEXT    NOT NULL,
  sealed             BLOB    NOT NULL,
  created_at_ms      INTEGER NOT NULL,
  attempts           INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  last_attempt_at_ms INTEGER,
  last_error         TEXT
);

CREATE INDEX queue_his_outbox_by_age ON queue_his_outbox (created_at_ms);
