import type { StageBase } from '../../../model.ts';

/**
 * Environment variables that popular official images set with ENV. BuildKit reads a base
 * image's environment from its config; this core works offline and cannot, so without
 * this list UndefinedVar would flag `$GOPATH` after `FROM golang`. The list only needs
 * names: their values are unknown here anyway.
 */
const JAVA = ['JAVA_HOME', 'JAVA_VERSION', 'LANG', 'LANGUAGE', 'LC_ALL'];

const IMAGE_ENV: Readonly<Record<string, readonly string[]>> = {
  'library/golang': ['GOLANG_VERSION', 'GOPATH', 'GOTOOLCHAIN'],
  'library/node': ['NODE_VERSION', 'YARN_VERSION'],
  'library/python': [
    'LANG',
    'GPG_KEY',
    'PYTHON_VERSION',
    'PYTHON_SHA256',
    'PYTHON_PIP_VERSION',
    'PYTHON_SETUPTOOLS_VERSION',
    'PYTHON_GET_PIP_URL',
    'PYTHON_GET_PIP_SHA256',
  ],
  'library/rust': ['RUSTUP_HOME', 'CARGO_HOME', 'RUST_VERSION'],
  'library/ruby': [
    'LANG',
    'RUBY_MAJOR',
    'RUBY_VERSION',
    'RUBY_DOWNLOAD_SHA256',
    'RUBY_DOWNLOAD_URL',
    'GEM_HOME',
    'BUNDLE_SILENCE_ROOT_WARNING',
    'BUNDLE_APP_CONFIG',
  ],
  'library/php': [
    'PHPIZE_DEPS',
    'PHP_INI_DIR',
    'PHP_CFLAGS',
    'PHP_CPPFLAGS',
    'PHP_LDFLAGS',
    'GPG_KEYS',
    'PHP_VERSION',
    'PHP_URL',
    'PHP_ASC_URL',
    'PHP_SHA256',
    'APACHE_CONFDIR',
    'APACHE_ENVVARS',
  ],
  'library/openjdk': JAVA,
  'library/eclipse-temurin': JAVA,
  'library/maven': [...JAVA, 'MAVEN_HOME', 'MAVEN_CONFIG'],
  'library/gradle': [...JAVA, 'GRADLE_HOME', 'GRADLE_VERSION'],
  'library/nginx': ['NGINX_VERSION', 'NJS_VERSION', 'NJS_RELEASE', 'PKG_RELEASE', 'DYNPKG_RELEASE'],
  'library/httpd': ['HTTPD_PREFIX', 'HTTPD_VERSION', 'HTTPD_SHA256', 'HTTPD_PATCHES'],
  'library/postgres': ['LANG', 'GOSU_VERSION', 'PG_MAJOR', 'PG_VERSION', 'PGDATA'],
  'library/redis': ['REDIS_VERSION', 'REDIS_DOWNLOAD_URL', 'REDIS_DOWNLOAD_SHA'],
  'library/mysql': ['GOSU_VERSION', 'MYSQL_MAJOR', 'MYSQL_VERSION', 'MYSQL_SHELL_VERSION'],
  'library/erlang': ['OTP_VERSION', 'REBAR3_VERSION', 'LANG'],
  'library/elixir': ['ELIXIR_VERSION', 'LANG'],
};

/** What is known of a base image's environment. */
export interface ImageEnv {
  /** Names the image sets (PATH always: BuildKit adds it when the image has none). */
  readonly names: readonly string[];
  /** False for an external image not in the list above: it may set more. */
  readonly complete: boolean;
}

/** BuildKit's default PATH, which it sets on stages whose image has none (scratch). */
export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** The environment a stage's base image brings, for a base that is not another stage. */
export function imageEnv(base: StageBase): ImageEnv {
  if (base.kind !== 'image') return { names: ['PATH'], complete: true };
  const known = IMAGE_ENV[base.image.repository];
  return { names: ['PATH', ...(known ?? [])], complete: false };
}
