-- Blocks of numbers this kiosk leased from the site coordinator (Numbering.LEASED_BLOCKS). A ticket
-- takes next_number inside the transaction that records it; a block is used up when
-- next_number = last_number + 1. See docs/decisions/0006-leased-number-blocks.md.
CREATE TABLE queue_number_block (
  lease_id     TEXT    NOT NULL PRIMARY KEY,
  kiosk        TEXT    NOT NULL,
  site         TEXT    NOT NULL,
  service_code TEXT    NOT NULL,
  service_day  TEXT    NOT NULL,
  first_number INTEGER NOT NULL CHECK (first_number >= 1),
  last_number  INTEGER NOT NULL CHECK (last_number >= first_number),
  next_number  INTEGER NOT NULL CHECK (next_number BETWEEN first_number AND last_number + 1),
  -- Set when the kiosk stops using the block early: returned_from..last_number are given back to the
  -- coordinator (return_sent = 1 once it has recorded them).
  returned_from INTEGER CHECK (returned_from BETWEEN first_number AND last_number),
  return_sent   INTEGER NOT NULL DEFAULT 0 CHECK (return_sent IN (0, 1)),
  UNIQUE (site, service_code, service_day, first_number)
);
