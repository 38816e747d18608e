-- Bank transfers as feeds reported them (statements, webhooks), one row per source and transaction
-- id, so a notification sent twice is stored once (its repeats are counted). state says what
-- reconciliation did with it; a BOOKED row's money is in its intent's received_dong. Plain types
-- only, so the same script runs on SQLite (desk, kiosk) and PostgreSQL (central).
CREATE TABLE bank_transfer (
    source          VARCHAR(16)   NOT NULL,
    transaction_id  VARCHAR(100)  NOT NULL,
    booked_at_ms    BIGINT        NOT NULL,
    amount_dong     BIGINT        NOT NULL CHECK (amount_dong > 0),
    content         VARCHAR(1000) NOT NULL,
    account         VARCHAR(40)   NOT NULL,
    received_at_ms  BIGINT        NOT NULL,
    state           VARCHAR(16)   NOT NULL CHECK (state IN ('BOOKED', 'LATE', 'UNMATCHED')),
    reason          VARCHAR(16),
    reference       VARCHAR(16),
    manual          SMALLINT      NOT NULL DEFAULT 0 CHECK (manual IN (0, 1)),
    duplicates      INTEGER       NOT NULL DEFAULT 0 CHECK (duplicates >= 0),
    PRIMARY KEY (source, transaction_id)
);

CREATE INDEX bank_transfer_by_booked_at ON bank_transfer (booked_at_ms);

CREATE INDEX bank_transfer_by_reference ON bank_transfer (reference);

-- Every manual action of a cashier, never updated or deleted.
CREATE TABLE reconciliation_audit (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    at_ms           BIGINT        NOT NULL,
    cashier         VARCHAR(64)   NOT NULL,
    action          VARCHAR(24)   NOT NULL CHECK (action IN ('MANUAL_MATCH', 'NOTE')),
    source          VARCHAR(16)   NOT NULL,
    transaction_id  VARCHAR(100)  NOT NULL,
    reference       VARCHAR(16),
    note            VARCHAR(500)  NOT NULL
);

CREATE INDEX reconciliation_audit_by_time ON reconciliation_audit (at_ms);

CREATE INDEX payment_intent_by_created ON payment_intent (created_at_ms);
