-- Search by part of a name: a 2-character trade name (about 280 results each) or a trade name
-- with the first character of the trade (about 28), chosen at random.
local chars = {}
for c in ("恒达鑫源泰丰盛华宏发兴隆金瑞祥和永顺昌汇通天成佳诚信安康博远东方广利德润中泽嘉豪凯旋星辰锦绣腾飞聚宝鼎新宇"):gmatch("[%z\1-\127\194-\244][\128-\191]*") do
  chars[#chars + 1] = c
end
local trades = {"矿", "建", "砂", "测", "林", "地", "规", "农", "能", "物"}
local function enc(s)
  return (s:gsub("[^%w]", function(ch) return string.format("%%%02X", string.byte(ch)) end))
end
math.randomseed(os.time() + 1)
request = function()
  local q = chars[math.random(#chars)] .. chars[math.random(#chars)]
  if math.random() < 0.5 then q = q .. trades[math.random(#trades)] end
  return wrk.format("GET", "/public/results?q=" .. enc(q))
end
