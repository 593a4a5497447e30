import type { Redis } from "ioredis";
import type { RateLimit, RateLimiter } from "./rate-limiter";

/**
 * The same GCRA as the in-process limiter, run atomically inside Redis so every instance draws from one
 * budget. Redis's own clock is used, so instances with skewed clocks still agree.
 */
const GCRA_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local interval = 1000 / tonumber(ARGV[1])
local tolerance = interval * (tonumber(ARGV[2]) - 1)
local maxWait = tonumber(ARGV[3])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
local start = math.max(tat, now)
local wait = math.max(0, start - tolerance - now)
if wait > maxWait then return {0, tostring(wait)} end
local nextTat = start + interval
redis.call('SET', KEYS[1], tostring(nextTat), 'PX', math.ceil(nextTat - now + 1000))
return {1, tostring(wait)}
`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class RedisRateLimiter implements RateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly limit: RateLimit,
    private readonly key = "roomdesk:trtc:rate",
  ) {}

  async acquire(maxWaitMs: number): Promise<boolean> {
    const [allowed, wait] = (await this.redis.eval(
      GCRA_SCRIPT,
      1,
      this.key,
      this.limit.perSecond,
      this.limit.burst,
      maxWaitMs,
    )) as [number, string];
    if (allowed !== 1) return false;
    const waitMs = Number(wait);
    if (waitMs > 0) await sleep(waitMs);
    return true;
  }
}
