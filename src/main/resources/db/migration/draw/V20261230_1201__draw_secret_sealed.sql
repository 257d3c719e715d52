-- Issue 18 §7: the secret is stored sealed (AES-256-GCM, draw/domain/SecretSeal): 'seal1:' + base64.
-- Secrets stored before, in clear, are sealed at the next start (draw/domain/LegacySecretSealing).
ALTER TABLE draw_secret DROP CONSTRAINT draw_secret_secret_check;
ALTER TABLE draw_secret ADD CONSTRAINT draw_secret_sealed
    CHECK (secret ~ '^seal1:[A-Za-z0-9+/]+={0,2}$' OR secret ~ '^[0-9a-f]{64}$');
