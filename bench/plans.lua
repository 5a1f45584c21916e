-- wrk script: posts the example plans in turn. Usage: wrk ... -s bench/plans.lua URL -- plan1.json plan2.json ...
local bodies = {}
local next_body = 0

function init(args)
  for _, file in ipairs(args) do
    local f = assert(io.open(file, "rb"))
    bodies[#bodies + 1] = f:read("*a")
    f:close()
  end
end

function request()
  next_body = next_body % #bodies + 1
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json", ["Accept-Language"] = "ja" }, bodies[next_body])
end

function done(summary, latency, requests)
  local failures = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
                   + summary.errors.status
  io.write(string.format("RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f failures=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, failures))
end
