-- At most one at a time, held by the database, so two requests at the same moment cannot both pass
-- the application's check: one medhandläggning per section and case, one SIP under way per case.
ALTER TABLE medhandlaggning ADD CONSTRAINT uq_medhandlaggning_sektion UNIQUE (arende_id, sektion);

-- the case id while the SIP is under way (offered, planned, plan written), null once it has ended
ALTER TABLE sip ADD COLUMN pagaende_for_arende BIGINT;
UPDATE sip SET pagaende_for_arende = arende_id
 WHERE id IN (SELECT id FROM (SELECT MAX(id) AS id FROM sip
                               WHERE status IN ('ERBJUDS', 'PLANERAS', 'PLAN_UPPRATTAD')
                               GROUP BY arende_id) senaste);
ALTER TABLE sip ADD CONSTRAINT uq_sip_pagaende UNIQUE (pagaende_for_arende);
