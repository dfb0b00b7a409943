-- wrk script for bench/run.py: counts status codes and nginx's X-Cache answers
-- ($upstream_cache_status: HIT, STALE, UPDATING, REVALIDATED, MISS, BYPASS, ...; "none"
-- when absent, as for static files) in every thread and prints one line of JSON at the
-- end ("BENCH_JSON {...}") with exact percentiles.
-- Usage: wrk -t2 -c64 -d30s -s bench/wrk_report.lua -H 'Accept-Encoding: br' URL

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  statuses = {}
  cache_states = {}
end

function response(status, headers, body)
  local key = tostring(status)
  statuses[key] = (statuses[key] or 0) + 1
  local state = headers["X-Cache"] or "none"
  cache_states[state] = (cache_states[state] or 0) + 1
end

local function encode(value)
  if type(value) == "table" then
    local parts = {}
    for k, v in pairs(value) do
      table.insert(parts, string.format("%q:%s", tostring(k), encode(v)))
    end
    return "{" .. table.concat(parts, ",") .. "}"
  elseif type(value) == "number" then
    return string.format("%.3f", value)
  end
  return string.format("%q", tostring(value))
end

local function merge(into, from)
  for k, v in pairs(from or {}) do
    into[k] = (into[k] or 0) + v
  end
end

function done(summary, latency, requests)
  local all_statuses, all_states = {}, {}
  for _, thread in ipairs(threads) do
    merge(all_statuses, thread:get("statuses"))
    merge(all_states, thread:get("cache_states"))
  end
  local report = {
    duration_us = summary.duration,
    requests = summary.requests,
    bytes = summary.bytes,
    errors = {
      connect = summary.errors.connect,
      read = summary.errors.read,
      write = summary.errors.write,
      status = summary.errors.status,
      timeout = summary.errors.timeout,
    },
    latency_us = {
      mean = latency.mean,
      max = latency.max,
      p50 = latency:percentile(50),
      p90 = latency:percentile(90),
      p99 = latency:percentile(99),
    },
    statuses = all_statuses,
    x_cache = all_states,
  }
  io.write("BENCH_JSON " .. encode(report) .. "\n")
end
