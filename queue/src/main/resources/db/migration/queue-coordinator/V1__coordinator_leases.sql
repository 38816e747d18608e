-- The site coordinator's database (one per site, next to the HIS adapter; SQLite or PostgreSQL):
-- the authoritative sequences and every block it leased. Portable SQL only (no SQLite-isms).
CREATE TABLE coordinator_sequence (
  site         VARCHAR(40) NOT NULL,
  service_code VARCHAR(20) NOT NULL,
  service_day  VARCHAR(10) NOT NULL,
  prev_leased  INTEGER     NOT NULL,
  last_leased  INTEGER     NOT NULL CHECK (last_leased >= 0),
  PRIMARY KEY (site, service_code, service_day)
);

-- returned_from: numbers returned_from..last_number were never handed out and were given back;
-- they are the only gaps a site's numbering may have.
CREATE TABLE coordinator_lease (
  lease_id      VARCHAR(64) NOT NULL PRIMARY KEY,
  kiosk         VARCHAR(40) NOT NULL,
  site          VARCHAR(40) NOT NULL,
  service_code  VARCHAR(20) NOT NULL,
  service_day   VARCHAR(10) NOT NULL,
  first_number  INTEGER     NOT NULL CHECK (first_number >= 1),
  last_number   INTEGER     NOT NULL CHECK (last_number >= first_number),
  leased_at_ms  BIGINT      NOT NULL,
  returned_from INTEGER CHECK (returned_from BETWEEN first_number AND last_number + 1),
  UNIQUE (site, service_code, service_day, first_number)
);
