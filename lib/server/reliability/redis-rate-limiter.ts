import "server-only";
import type { Redis } from "ioredis";
import type { RateLimit, RateLimiter } from "./rate-limiter";

/**
 * The same GCRA as the in-process limiter, run atomically inside Redis so every instance draws from one
 * budget. Redis's own clock is used, so instances with skewed clocks still agree.
 */
const GCRA_SCRIPT = `
local now
if ARGV[4] then
  now = tonumber(ARGV[4])
else
  local t = redis.call('TIME')
  now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
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

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export interface RedisLimiterClock {
  /** Replaces Redis's TIME (ms); only tests set it, to make every admission decision exact. */
  now?: () => number;
  /** How a granted call waits for its slot; default a real timer. */
  sleep?: (ms: number) => Promise<void>;
}

export class RedisRateLimiter implements RateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly limit: RateLimit,
    private readonly key = "roomdesk:trtc:rate",
    private readonly clock: RedisLimiterClock = {},
  ) {}

  async acquire(maxWaitMs: number): Promise<boolean> {
    const args = [this.limit.perSecond, this.limit.burst, maxWaitMs];
    if (this.clock.now) args.push(this.clock.now());
    const [allowed, wait] = (await this.redis.eval(GCRA_SCRIPT, 1, this.key, ...args)) as [number, string];
    if (allowed !== 1) return false;
    const waitMs = Number(wait);
    if (waitMs > 0) await (this.clock.sleep ?? sleep)(waitMs);
    return true;
  }
}
