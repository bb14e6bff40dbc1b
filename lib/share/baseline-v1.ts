// Format `p1.` (codec.ts): the defaults a p1 link is a difference from (schema 1's defaultPlan on the day p1
// shipped) and the deflate preset dictionary (field names and common values). NEVER EDIT EITHER: every p1 link
// ever made decodes against exactly these bytes. Changing defaults later is fine; this copy stays as it is.
import type { Json } from "./diff";

export const BASELINE_V1: Json = {
  schemaVersion: 1,
  name: "",
  planningDate: "2026-11-28",
  licensing: {
    azureSubscription: true,
    intunePlan: "plan1",
    tunnelForMam: false,
  },
  devices: {
    ios: 0,
    androidFullyManaged: 0,
    androidCorporateWorkProfile: 0,
    androidPersonalWorkProfile: 0,
    androidDedicated: 0,
    androidBelow10: 0,
    connectionsPerDevice: 1,
    peakConcurrencyPercent: 100,
    usesGlobalSecureAccess: false,
  },
  vpn: {
    mode: "full-device",
    deviceProxy: {
      mode: "none",
      address: "",
      port: 8080,
      pacUrl: "",
    },
  },
  sites: [
    {
      name: "Primary",
      devices: null,
      publicAddress: "",
      port: 443,
      disableUdp: false,
      highAvailability: true,
      loadBalancer: false,
    },
  ],
  server: {
    distro: "ubuntu-22.04",
    container: "auto",
    rootlessPodman: false,
    cpuArch: "x86_64",
    hosting: "on-premises",
    onPremConnectivity: "none",
    nics: 1,
    selinux: "enforcing",
    firewall: "auto",
    ssh: {
      enabled: true,
      sourceCidrs: [],
    },
    auditd: true,
  },
  network: {
    internalCidrs: [],
    clientPool: "169.254.0.0/16",
    dnsServers: [],
    dnsSuffixes: [],
    splitTunnel: {
      include: [],
      exclude: [],
    },
    bridgeCidr: null,
  },
  tls: {
    subjectNames: [],
    issuer: "public",
    format: "pem",
    validityDays: 397,
    keyAlgorithm: "rsa",
    keyBits: 2048,
    revocation: "ocsp",
  },
  serverProxy: {
    mode: "none",
    address: "",
    port: 3128,
    authenticated: false,
    tlsInspection: false,
    noProxy: ["127.0.0.1", "localhost"],
  },
};

export const DICTIONARY_V1 =
  '"plan2","suite","per-app","direct","pac","centos-7","rhel-7","rhel-8.6","rhel-8.7","rhel-8.8","rhel-8.9","rhel-8.10","rhel-9.0","rhel-9.1","rhel-9.2","rhel-9.3","rhel-9.4","ubuntu-18.04","ubuntu-20.04","centos-8","docker","podman","arm64","azure","aws","gcp","other-cloud","expressroute","direct-connect","permissive","disabled","firewalld","ufw","nftables","iptables","private","pfx","ecdsa","crl","both","http",http://,https://,.contoso.com,.local,tunnel.,proxy.,10.0.0.0/8,172.16.0.0/12,192.168.,.0/24,.0.0/16,"},{"name":",":true,":false,":null,{"schemaVersion":1,"name":"","planningDate":"2026-11-28","licensing":{"azureSubscription":true,"intunePlan":"plan1","tunnelForMam":false},"devices":{"ios":0,"androidFullyManaged":0,"androidCorporateWorkProfile":0,"androidPersonalWorkProfile":0,"androidDedicated":0,"androidBelow10":0,"connectionsPerDevice":1,"peakConcurrencyPercent":100,"usesGlobalSecureAccess":false},"vpn":{"mode":"full-device","deviceProxy":{"mode":"none","address":"","port":8080,"pacUrl":""}},"sites":[{"name":"Primary","devices":null,"publicAddress":"","port":443,"disableUdp":false,"highAvailability":true,"loadBalancer":false}],"server":{"distro":"ubuntu-22.04","container":"auto","rootlessPodman":false,"cpuArch":"x86_64","hosting":"on-premises","onPremConnectivity":"none","nics":1,"selinux":"enforcing","firewall":"auto","ssh":{"enabled":true,"sourceCidrs":[]},"auditd":true},"network":{"internalCidrs":[],"clientPool":"169.254.0.0/16","dnsServers":[],"dnsSuffixes":[],"splitTunnel":{"include":[],"exclude":[]},"bridgeCidr":null},"tls":{"subjectNames":[],"issuer":"public","format":"pem","validityDays":397,"keyAlgorithm":"rsa","keyBits":2048,"revocation":"ocsp"},"serverProxy":{"mode":"none","address":"","port":3128,"authenticated":false,"tlsInspection":false,"noProxy":["127.0.0.1","localhost"]}}';
