-- Reserve numbers for clients without personnummer or samordningsnummer come from one sequence, so
-- two applications at the same moment never get the same number (the unique identity number is the
-- guard behind it). It starts above the numbers issued by counting before (R001..R999 per birth date).
CREATE SEQUENCE reservnummer_seq START WITH 1000 INCREMENT BY 1;
