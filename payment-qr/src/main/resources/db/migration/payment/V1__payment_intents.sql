-- Payment intents: one per fee shown as a VietQR code, found again by the reference code that the
-- transfer content carries. Money is whole dong; times are epoch milliseconds (UTC). Plain types and
-- CHECKs only, so the same script runs on SQLite (kiosk, desk) and PostgreSQL (central).
CREATE TABLE payment_intent (
    reference     VARCHAR(16) NOT NULL PRIMARY KEY,
    ticket_ref    VARCHAR(64) NOT NULL,
    amount_dong   BIGINT      NOT NULL CHECK (amount_dong > 0),
    received_dong BIGINT      NOT NULL DEFAULT 0 CHECK (received_dong >= 0),
    status        VARCHAR(16) NOT NULL
        CHECK (status IN ('OPEN', 'PAID', 'PARTIAL', 'OVERPAID', 'EXPIRED', 'CANCELLED')),
    created_at_ms BIGINT      NOT NULL,
    expires_at_ms BIGINT      NOT NULL,
    CHECK (expires_at_ms > created_at_ms)
);

CREATE INDEX payment_intent_by_ticket ON payment_intent (ticket_ref, created_at_ms);

CREATE INDEX payment_intent_by_status_expiry ON payment_intent (status, expires_at_ms);
