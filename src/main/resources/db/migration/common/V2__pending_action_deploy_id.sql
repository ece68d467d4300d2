-- The deployment a stop or liquidate was previewed against: a confirmation must not act on a later redeploy.
ALTER TABLE pending_action ADD COLUMN deploy_id TEXT;
