/**
 * The keys the Compose Specification allows (compose-spec/schema/compose-spec.json), plus the keys of
 * the older v2/v3 file formats that real files still carry. Anything else is a typo (`depend_on`) that
 * would silently lose information, so the importer refuses it. `x-*` extension keys are always allowed.
 */

export const TOP_LEVEL_KEYS: readonly string[] = ['version', 'name', 'include', 'services', 'models', 'networks', 'volumes', 'secrets', 'configs'];

const SPEC_SERVICE_KEYS = [
  'annotations', 'attach', 'blkio_config', 'build', 'cap_add', 'cap_drop', 'cgroup', 'cgroup_parent', 'command', 'configs',
  'container_name', 'cpu_count', 'cpu_percent', 'cpu_period', 'cpu_quota', 'cpu_rt_period', 'cpu_rt_runtime', 'cpu_shares',
  'cpus', 'cpuset', 'credential_spec', 'depends_on', 'deploy', 'develop', 'device_cgroup_rules', 'devices', 'dns', 'dns_opt',
  'dns_search', 'domainname', 'entrypoint', 'env_file', 'environment', 'expose', 'extends', 'external_links', 'extra_hosts',
  'gpus', 'group_add', 'healthcheck', 'hostname', 'image', 'init', 'ipc', 'isolation', 'label_file', 'labels', 'links',
  'logging', 'mac_address', 'mem_limit', 'mem_reservation', 'mem_swappiness', 'memswap_limit', 'models', 'network_mode',
  'networks', 'oom_kill_disable', 'oom_score_adj', 'pid', 'pids_limit', 'platform', 'ports', 'post_start', 'pre_stop',
  'privileged', 'profiles', 'provider', 'pull_policy', 'pull_refresh_after', 'read_only', 'restart', 'runtime', 'scale',
  'secrets', 'security_opt', 'shm_size', 'stdin_open', 'stop_grace_period', 'stop_signal', 'storage_opt', 'sysctls',
  'tmpfs', 'tty', 'ulimits', 'use_api_socket', 'user', 'userns_mode', 'uts', 'volumes', 'volumes_from', 'working_dir',
];

/** Keys of the v1/v2 formats that the specification dropped but old files still use. */
const LEGACY_SERVICE_KEYS = ['volume_driver', 'net', 'log_driver', 'log_opt', 'dockerfile', 'mem_swap_limit', 'cpu_count'];

export const SERVICE_KEYS: ReadonlySet<string> = new Set([...SPEC_SERVICE_KEYS, ...LEGACY_SERVICE_KEYS]);
export const SERVICE_KEY_LIST: readonly string[] = [...SERVICE_KEYS];

/** The name pattern compose enforces for services (and so the ids an import keeps as they are). */
export const SERVICE_NAME = /^[a-zA-Z0-9._-]+$/;

/** True for `x-` extension keys, which compose and this importer ignore. */
export function isExtensionKey(key: string): boolean {
  return key.startsWith('x-');
}
