-- FD-DRAW-1 §1 beacon declaration (issue 17 item 3): the public randomness of a draw is declared at
-- announcement — which source, which event (期号, meeting number), and the moment after which its
-- value exists — and checked at execution (not before that moment, only a value of the source's format).

-- The maintained list of sources (ADMIN): where the public reads a value and the value's format.
CREATE TABLE draw_beacon_source (
    code       TEXT PRIMARY KEY CHECK (code ~ '^[A-Z0-9_-]{1,20}$'),
    name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    location   TEXT NOT NULL CHECK (length(location) BETWEEN 1 AND 500),   -- URL or where the value is read
    format     TEXT NOT NULL CHECK (length(format) BETWEEN 1 AND 200),     -- a regular expression the whole value matches
    updated_at TIMESTAMPTZ NOT NULL,
    updated_by TEXT NOT NULL
);

INSERT INTO draw_beacon_source (code, name, location, format, updated_at, updated_by) VALUES
    ('FC3D', '中国福利彩票3D开奖号码', 'https://www.cwl.gov.cn/ygkj/wqkjgg/fc3d/', '[0-9] [0-9] [0-9]', now(), 'migration'),
    ('PL5', '体育彩票排列五开奖号码', 'https://www.lottery.gov.cn/kj/kjlb.html?plw', '[0-9] [0-9] [0-9] [0-9] [0-9]', now(), 'migration'),
    ('DICE', '公开抽取会现场骰子（公证）', '抽取会现场当众掷五枚骰子，公证员记录点数并出具公证书；点数在本抽取公示页和公证书中公布',
        '[1-6]{5}', now(), 'migration');

-- What an announcement declared, copied from the source as it was then (a later edit of the source
-- never changes a published declaration). With several sources the beacon is their values in this
-- order joined by " | " (DRAW-PROTOCOL.md §1).
CREATE TABLE draw_beacon_declaration (
    draw_id      TEXT NOT NULL REFERENCES draw_announcement (draw_id),
    position     INT NOT NULL CHECK (position >= 1),
    source_code  TEXT NOT NULL,
    source_name  TEXT NOT NULL,
    location     TEXT NOT NULL,
    format       TEXT NOT NULL,
    event        TEXT NOT NULL CHECK (length(event) BETWEEN 1 AND 100),
    available_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (draw_id, position)
);
