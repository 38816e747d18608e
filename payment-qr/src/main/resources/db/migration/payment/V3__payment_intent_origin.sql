-- Which kiosk announced an intent to a hospital-wide desk (over MQTT), so that the desk can tell that
-- kiosk when money is booked on it; acknowledged once the kiosk reported it learnt the payment.
-- Site and kiosk ids only: no personal data. Same script on SQLite and PostgreSQL.
CREATE TABLE payment_intent_origin (
    reference          VARCHAR(16) NOT NULL PRIMARY KEY REFERENCES payment_intent (reference),
    site               VARCHAR(32) NOT NULL,
    kiosk              VARCHAR(32) NOT NULL,
    announced_at_ms    BIGINT      NOT NULL,
    acknowledged_at_ms BIGINT
);

CREATE INDEX payment_intent_origin_unacknowledged ON payment_intent_origin (acknowledged_at_ms, announced_at_ms);
