// Address-plan checks: bridge, client pool and split-tunnel rules (facts#55, facts#152, facts#153, facts#154); CIDR math in lib/net.
import { MAX_CLIENTS_PER_POOL } from "@/lib/catalog/sizing";
import { cidr, isIpv4, overlaps, parseCidr, proposeFreeSlash24, usableHosts, type Cidr } from "@/lib/net/cidr";
import type { ContainerRuntime } from "@/lib/catalog/options";
import type { Texts } from "@/lib/i18n/texts";
import type { Plan } from "@/lib/plan/schema";
import type { RuleFinding } from "./types";

/** facts#55: the runtimes' default bridges. */
export const DEFAULT_BRIDGES: Record<ContainerRuntime, string> = { docker: "172.17.0.0/16", podman: "10.88.0.0/16" };

/** facts#153, facts#154: 0.0.0.0 is never allowed; 500 rules in all. */
export const SPLIT_TUNNEL_RULE_LIMIT = 500;

type Labelled = { cidr: Cidr; field: string; label: string };

const labelled = (values: readonly string[], field: string, label: (text: string) => string): Labelled[] =>
  values.flatMap((v, i) => {
    const c = parseCidr(v);
    return c ? [{ cidr: c, field: `${field}.${i}`, label: label(c.text) }] : [];
  });

/** Every address range the plan names; a proposed bridge must overlap none of them. */
export function listPlanRanges(plan: Plan): Cidr[] {
  const { network, server, sites, serverProxy, vpn } = plan;
  const hosts = [...sites.map((s) => s.publicAddress), serverProxy.address, vpn.deviceProxy.address].filter(isIpv4);
  const texts = [
    ...network.internalCidrs,
    network.clientPool,
    ...network.dnsServers,
    ...network.splitTunnel.include,
    ...network.splitTunnel.exclude,
    ...server.ssh.sourceCidrs,
    ...serverProxy.noProxy.filter((e) => /^[\d./]+$/.test(e)),
    ...hosts,
  ];
  return texts.flatMap((t) => {
    const c = parseCidr(t);
    return c ? [c] : [];
  });
}

export function bridgeFor(plan: Plan, runtime: ContainerRuntime): { cidr: string; custom: boolean } {
  return plan.network.bridgeCidr
    ? { cidr: plan.network.bridgeCidr, custom: true }
    : { cidr: DEFAULT_BRIDGES[runtime], custom: false };
}

export function computeNetworkFindings(
  plan: Plan,
  runtime: ContainerRuntime,
  busiestServer: number,
  { t, list }: Texts,
): RuleFinding[] {
  const { network } = plan;
  const findings: RuleFinding[] = [];
  const internal = labelled(network.internalCidrs, "network.internalCidrs", (cidr) =>
    t("terms.internalNetwork", { cidr }),
  );
  const includes = labelled(network.splitTunnel.include, "network.splitTunnel.include", (cidr) =>
    t("terms.splitInclude", { cidr }),
  );
  const excludes = labelled(network.splitTunnel.exclude, "network.splitTunnel.exclude", (cidr) =>
    t("terms.splitExclude", { cidr }),
  );
  const dns = labelled(network.dnsServers, "network.dnsServers", (address) =>
    t("terms.dnsServer", { address: address.replace(/\/32$/, "") }),
  );
  const pool = cidr(network.clientPool);

  const bridge = bridgeFor(plan, runtime);
  const bridgeCidr = cidr(bridge.cidr);
  const poolEntry: Labelled = {
    cidr: pool,
    field: "network.clientPool",
    label: t("terms.clientPool", { cidr: pool.text }),
  };
  const bridgeHits = [...internal, ...includes, ...dns, poolEntry].filter((x) => overlaps(x.cidr, bridgeCidr));
  if (bridgeHits.length > 0) {
    const free = proposeFreeSlash24([...listPlanRanges(plan), bridgeCidr]);
    const hits = list(bridgeHits.map((h) => h.label));
    const which = bridge.custom
      ? t("findings.bridge-overlap.context.custom", { bridge: bridgeCidr.text, hits })
      : t("findings.bridge-overlap.context.default", {
          runtime: t("terms.runtime", { runtime }),
          bridge: bridgeCidr.text,
          hits,
        });
    findings.push({
      id: "bridge-overlap",
      field: "network.bridgeCidr",
      context: free ? `${which} ${t("findings.bridge-overlap.context.free", { free })}` : which,
      ...(free ? { suggestion: { bridgeCidr: free } } : {}),
    });
  }

  const poolHits = [...internal, ...includes, ...dns].filter((x) => overlaps(x.cidr, pool)); // facts#152: a DNS server is a destination too
  if (poolHits.length > 0) {
    findings.push({
      id: "client-pool-overlap",
      field: "network.clientPool",
      context: t("findings.client-pool-overlap.context.overlaps", {
        pool: pool.text,
        hits: list(poolHits.map((h) => h.label)),
      }),
    });
  }

  // facts#31: each connection of the busiest server needs a pool address.
  const usable = usableHosts(pool);
  if (usable < busiestServer) {
    findings.push({
      id: "client-pool-too-small",
      field: "network.clientPool",
      context: t("findings.client-pool-too-small.context.size", {
        pool: pool.text,
        usable,
        busiest: busiestServer,
        max: MAX_CLIENTS_PER_POOL,
      }),
    });
  }

  for (const rule of [...includes, ...excludes]) {
    if (rule.cidr.address.toString() === "0.0.0.0") {
      findings.push({
        id: "split-tunnel-zero-route",
        field: rule.field,
        context: t("findings.split-tunnel-zero-route.context.rule", { rule: rule.cidr.text }),
      });
    }
  }
  const rules = includes.length + excludes.length;
  if (rules > SPLIT_TUNNEL_RULE_LIMIT) {
    findings.push({
      id: "split-tunnel-rule-limit",
      field: "network.splitTunnel.include",
      context: t("findings.split-tunnel-rule-limit.context.count", {
        include: includes.length,
        exclude: excludes.length,
        total: rules,
      }),
    });
  }
  return findings;
}
