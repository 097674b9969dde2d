import { describe, expect, it } from 'vitest';
import { displayablePorts, type PortSummary } from './ports.js';

// Cases from docker/cli's TestDisplayablePorts, plus the fact sheet's dual-stack example.
describe('PORTS column (DisplayablePorts)', () => {
  it.each<[PortSummary[], string]>([
    [[{ PrivatePort: 9988, Type: 'tcp' }], '9988/tcp'],
    [[{ PrivatePort: 9988, Type: 'udp' }], '9988/udp'],
    [[{ IP: '0.0.0.0', PrivatePort: 9988, Type: 'tcp' }], '0.0.0.0:0->9988/tcp'],
    [[{ IP: '::', PrivatePort: 9988, Type: 'tcp' }], '[::]:0->9988/tcp'],
    [[{ PrivatePort: 9988, PublicPort: 8899, Type: 'tcp' }], '9988/tcp'],
    [[{ IP: '4.3.2.1', PrivatePort: 9988, PublicPort: 8899, Type: 'tcp' }], '4.3.2.1:8899->9988/tcp'],
    [[{ IP: '::1', PrivatePort: 9988, PublicPort: 8899, Type: 'tcp' }], '[::1]:8899->9988/tcp'],
    [[{ IP: '4.3.2.1', PrivatePort: 9988, PublicPort: 9988, Type: 'tcp' }], '4.3.2.1:9988->9988/tcp'],
    [[{ PrivatePort: 9988, Type: 'udp' }, { PrivatePort: 9988, Type: 'udp' }], '9988/udp, 9988/udp'],
    [[{ IP: '1.2.3.4', PublicPort: 9998, PrivatePort: 9998, Type: 'udp' }, { IP: '1.2.3.4', PublicPort: 9999, PrivatePort: 9999, Type: 'udp' }], '1.2.3.4:9998-9999->9998-9999/udp'],
    [[{ IP: '::1', PublicPort: 9998, PrivatePort: 9998, Type: 'udp' }, { IP: '::1', PublicPort: 9999, PrivatePort: 9999, Type: 'udp' }], '[::1]:9998-9999->9998-9999/udp'],
    [[{ IP: '1.2.3.4', PublicPort: 8887, PrivatePort: 9998, Type: 'udp' }, { IP: '1.2.3.4', PublicPort: 8888, PrivatePort: 9999, Type: 'udp' }], '1.2.3.4:8887->9998/udp, 1.2.3.4:8888->9999/udp'],
    [[{ PrivatePort: 9998, Type: 'udp' }, { PrivatePort: 9999, Type: 'udp' }], '9998-9999/udp'],
    [[{ IP: '1.2.3.4', PrivatePort: 6677, PublicPort: 7766, Type: 'tcp' }, { PrivatePort: 9988, PublicPort: 8899, Type: 'udp' }], '9988/udp, 1.2.3.4:7766->6677/tcp'],
    [
      [
        { IP: '0.0.0.0', PrivatePort: 3000, PublicPort: 3000, Type: 'tcp' },
        { IP: '::', PrivatePort: 3000, PublicPort: 3000, Type: 'tcp' },
      ],
      '0.0.0.0:3000->3000/tcp, [::]:3000->3000/tcp',
    ],
    [[{ PrivatePort: 8000, Type: 'tcp' }, { PrivatePort: 8002, Type: 'tcp' }, { PrivatePort: 8001, Type: 'tcp' }, { PrivatePort: 80, Type: 'tcp' }], '80/tcp, 8000-8002/tcp'],
    [[], ''],
  ])('%j → %s', (ports, text) => {
    expect(displayablePorts(ports)).toBe(text);
  });
});
