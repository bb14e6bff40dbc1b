// Where plans live in the browser. Layout 2 (issue 16): one localStorage key per plan, so two tabs on
// different plans never touch each other's data, plus a small meta key; layout 1 was one slot for one plan.

/** Layout 1: the single saved plan, `{ state: { plan, updatedAt, progress, drafts }, version: 1 }`. */
export const LEGACY_KEY = "tunnel-planner:v1";
/** Layout 2 meta: `{ version: 2, current: id | null }`; its presence means layout 1 was migrated. */
export const META_KEY = "tunnel-planner:v2";
/** Layout 2 plan records: `<prefix><id>` → `{ state: { plan, updatedAt, drafts }, version: 2 }`. */
export const PLAN_KEY_PREFIX = "tunnel-planner:v2:plan:";
/** sessionStorage: the plan this tab works on, so two tabs can work on two plans. */
export const TAB_CURRENT_KEY = "tunnel-planner:v2:current";
/** The name recorded with a checklist tick: a preference of this browser's user, not part of any plan. */
export const MY_NAME_KEY = "tunnel-planner:my-name";

export const STORE_VERSION = 2;

const ID = /^[a-z0-9]{8,32}$/;

export const isPlanId = (id: string): boolean => ID.test(id);
export const planKey = (id: string): string => `${PLAN_KEY_PREFIX}${id}`;

/** The plan id of a storage key, or null for keys that are not layout-2 plan records. */
export function idOfKey(key: string | null): string | null {
  if (!key?.startsWith(PLAN_KEY_PREFIX)) return null;
  const id = key.slice(PLAN_KEY_PREFIX.length);
  return isPlanId(id) ? id : null;
}

/** 12 random base-36 characters; getRandomValues also works on plain-http intranet hosts, randomUUID does not. */
export function newPlanId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join("");
}
