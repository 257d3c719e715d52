-- The integrator's one-statement round (docs/transparency-log.md, "Appending") chains the entries its
-- node's writers handed over, without reading them back, if the chain's last entry is still the one
-- it appended last and every handed-over pending row is still there. If not (another node appended
-- or chained some of them), the statement calls this function, which aborts it (nothing is written)
-- and the integrator takes the locked path that reads the table again.
CREATE FUNCTION audit_append_conflict(detail TEXT) RETURNS BOOLEAN LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    RAISE EXCEPTION 'audit append conflict: %', detail USING ERRCODE = 'serialization_failure';
END;
$$;
