-- The algorithm command a confirmed /live command or /live broadcast sends (JSON: name, permission, fields,
-- organization): what was confirmed is exactly what is sent, also after a restart.
ALTER TABLE pending_action ADD COLUMN algorithm_command TEXT;
