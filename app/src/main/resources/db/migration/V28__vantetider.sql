-- Where cases wait (rapport's Vantetider): the trial apartments at a stage are found by their status.
CREATE INDEX ix_forsokslagenhet_status ON forsokslagenhet (status);
