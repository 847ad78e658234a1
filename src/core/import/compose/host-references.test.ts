import { describe, expect, it } from 'vitest';
import { applyInterpolationDefaults, findHostMentions, quoteEnvironment } from './host-references.ts';

const hosts = (key: string, value: string) => findHostMentions(key, value).map((m) => (m.scheme ? `${m.scheme}:${m.host}` : m.host));

describe('findHostMentions', () => {
  it('finds hosts in URLs of any scheme, including credentials and replica-set lists', () => {
    expect(hosts('PAYMENT_URL', 'http://payment:8080/pay')).toEqual(['http:payment']);
    expect(hosts('DB', 'mongodb://user:p%40ss@orders-db-1:27017,orders-db-2:27017/shop?replicaSet=rs0')).toEqual(['mongodb:orders-db-1', 'mongodb:orders-db-2']);
    expect(hosts('SPRING_DATASOURCE_URL', 'jdbc:mysql://ts-voucher-mysql:3306/voucher')).toEqual(['mysql:ts-voucher-mysql']);
    expect(hosts('JAVA_OPTS', '-Xmx128m -Dzipkin.url=http://Zipkin:9411/api')).toEqual(['http:zipkin']);
  });

  it('finds host:port pairs anywhere, and ignores times, IPs and localhost', () => {
    expect(hosts('MONGO_HOST', 'user-db:27017')).toEqual(['user-db']);
    expect(hosts('KAFKA_BROKERS', 'kafka-1:9092,kafka-2:9092')).toEqual(['kafka-1', 'kafka-2']);
    expect(hosts('OPTS', '--peer=cache:6379 --at 12:30')).toEqual(['cache']);
    expect(hosts('X', '127.0.0.1:80 localhost:8080 [::1]:80')).toEqual([]);
  });

  it('takes a bare word as a host only under a key that holds hosts', () => {
    expect(hosts('PAYMENT_HOST', 'payment')).toEqual(['payment']);
    expect(hosts('AMQP_SERVER', 'rabbitmq')).toEqual(['rabbitmq']);
    expect(hosts('KAFKA_BROKERS', 'kafka-1, kafka-2')).toEqual(['kafka-1', 'kafka-2']);
    expect(hosts('MYSQL_USER', 'shipping')).toEqual([]);
    expect(hosts('SERVICE_NAME', 'orders')).toEqual([]);
    expect(hosts('DB_HOST_NAME', 'orders')).toEqual([]);
    expect(hosts('APP_ENV', 'prod')).toEqual([]);
  });

  it('reads compose interpolation the way compose does', () => {
    expect(applyInterpolationDefaults('${A:-db}:${PORT-5432} $$HOME $B ${C}')).toBe('db:5432 $HOME  ');
    expect(hosts('DB_HOST', '${DB_HOST:-orders-db}')).toEqual(['orders-db']);
    expect(hosts('DB_HOST', '${DB_HOST}')).toEqual([]);
  });
});

describe('quoteEnvironment', () => {
  it('masks passwords in URLs and the values of secret keys', () => {
    expect(quoteEnvironment('DB_URL', 'postgres://app:hunter2@db:5432/app')).toBe('DB_URL=postgres://app:***@db:5432/app');
    expect(quoteEnvironment('DB_PASSWORD', 'hunter2')).toBe('DB_PASSWORD=***');
  });

  it('cuts a long value around the mention', () => {
    const value = `${'-Dx=1 '.repeat(30)}-Durl=http://payment:8080 ${'-Dy=2 '.repeat(30)}`;
    const [mention] = findHostMentions('JAVA_OPTS', value);
    const quoted = quoteEnvironment('JAVA_OPTS', value, mention);
    expect(quoted).toContain('http://payment:8080');
    expect(quoted.length).toBeLessThan(100);
    expect(quoted).toMatch(/^JAVA_OPTS=….*…$/);
  });
});
