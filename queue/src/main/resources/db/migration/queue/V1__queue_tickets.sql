-- One row per site, service and business day: the last number handed out. Incremented in the same
-- exclusive transaction that records the ticket, never computed from the tickets.
CREATE TABLE queue_sequence (
  site         TEXT    NOT NULL,
  service_code TEXT    NOT NULL,
  service_day  TEXT    NOT NULL, -- yyyy-MM-dd in Asia/Ho_Chi_Minh
  last_number  INTEGER NOT NULL CHECK (last_number >= 1),
  PRIMARY KEY (site, service_code, service_day)
) WITHOUT ROWID;

CREATE TABLE queue_ticket (
  ticket_id           TEXT    NOT NULL PRIMARY KEY,
  request_key         TEXT    NOT NULL UNIQUE,
  site                TEXT    NOT NULL,
  service_code        TEXT    NOT NULL,
  service_day         TEXT    NOT NULL,
  number              INTEGER NOT NULL CHECK (number >= 1),
  issued_at_ms        INTEGER NOT NULL,
  priority_group      TEXT    NOT NULL,
  sort_weight         INTEGER NOT NULL CHECK (sort_weight >= 0),
  priority_origin     TEXT    NOT NULL CHECK (priority_origin IN ('NONE', 'BIRTH_DATE', 'DECLARED')),
  position            INTEGER NOT NULL CHECK (position >= 1),
  eta_minutes         INTEGER NOT NULL CHECK (eta_minutes >= 0),
  print_status        TEXT    NOT NULL CHECK (print_status IN ('PENDING', 'PRINTED', 'FAILED', 'REPRINTED')),
  print_updated_at_ms INTEGER,
  served_at_ms        INTEGER,
  service_seconds     INTEGER CHECK (service_seconds >= 0),
  -- The last line of defence: a number is never recorded twice.
  UNIQUE (site, service_code, service_day, number)
);

CREATE INDEX queue_ticket_by_day ON queue_ticket (site, service_day, service_code, served_at_ms, sort_weight);
CREATE INDEX queue_ticket_served ON queue_ticket (site, service_code, served_at_ms) WHERE served_at_ms IS NOT NULL;
