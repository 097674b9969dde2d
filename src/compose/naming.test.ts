import { describe, expect, it } from 'vitest';
import { containerLabels, COMPOSE_VERSION, dependsOnLabel, LABELS, networkLabels, volumeLabels } from './labels.js';
import { memoryReader } from './load/files.js';
import { loadProject } from './load/load-project.js';
import { containerName, networkName, oneOffContainerName, replicaNumber, serviceImageName, volumeName } from './naming.js';
import { serviceConfigHash } from './config/hash.js';

const { project } = loadProject({
  workingDir: '/w/getting-started-app',
  allResources: true,
  reader: memoryReader({
    '/w/getting-started-app/compose.yaml':
      'services:\n  app:\n    build: .\n    labels: [tier=web]\n    depends_on:\n      mysql: {condition: service_healthy, restart: true}\n  mysql:\n    image: mysql:8.0\n    container_name: db\nvolumes:\n  todo-mysql-data:\n  shared:\n    external: true\nnetworks:\n  front:\n    name: custom-front\n',
  }),
});

describe('names Compose gives', () => {
  it('names containers <project>-<service>-<n> unless container_name is set', () => {
    expect(containerName(project.name, project.services.app!, 1)).toBe('getting-started-app-app-1');
    expect(containerName(project.name, project.services.app!, 3, '_')).toBe('getting-started-app_app_3');
    expect(containerName(project.name, project.services.mysql!, 1)).toBe('db');
    expect(oneOffContainerName(project.name, project.services.app!, '0123456789abcdef'.repeat(4))).toBe('getting-started-app-app-run-0123456789ab');
  });

  it('reads the replica number back from a name', () => {
    expect(replicaNumber('getting-started-app', 'app', 'getting-started-app-app-12')).toBe(12);
    expect(replicaNumber('getting-started-app', 'app', 'getting-started-app-app-run-0123')).toBeUndefined();
  });

  it('names built images <project>-<service>', () => {
    expect(serviceImageName(project.name, project.services.app!)).toBe('getting-started-app-app');
    expect(serviceImageName(project.name, project.services.mysql!)).toBe('mysql:8.0');
  });

  it('names networks and volumes <project>_<key>, by name: or as-is when external', () => {
    expect(networkName(project, 'default')).toBe('getting-started-app_default');
    expect(networkName(project, 'front')).toBe('custom-front');
    expect(volumeName(project, 'todo-mysql-data')).toBe('getting-started-app_todo-mysql-data');
    expect(volumeName(project, 'shared')).toBe('shared');
  });
});

describe('com.docker.compose labels', () => {
  it('labels service containers', () => {
    const labels = containerLabels(project, project.services.app!, { number: 2, imageId: 'sha256:abc' });
    expect(labels).toEqual({
      tier: 'web',
      [LABELS.project]: 'getting-started-app',
      [LABELS.service]: 'app',
      [LABELS.version]: COMPOSE_VERSION,
      [LABELS.workingDir]: '/w/getting-started-app',
      [LABELS.configFiles]: '/w/getting-started-app/compose.yaml',
      [LABELS.oneoff]: 'False',
      [LABELS.image]: 'sha256:abc',
      [LABELS.configHash]: serviceConfigHash(project.services.app!),
      [LABELS.containerNumber]: '2',
      [LABELS.dependsOn]: 'mysql:service_healthy:true',
    });
  });

  it('labels one-off containers without a number', () => {
    const labels = containerLabels(project, project.services.mysql!, { oneOffSlug: 'f'.repeat(64), number: 1 });
    expect(labels[LABELS.oneoff]).toBe('True');
    expect(labels[LABELS.slug]).toBe('f'.repeat(64));
    expect(labels[LABELS.containerNumber]).toBeUndefined();
    expect(labels[LABELS.dependsOn]).toBe('');
  });

  it('labels networks and volumes with their key', () => {
    expect(networkLabels(project.name, 'default', project.networks.default!)).toEqual({
      'com.docker.compose.network': 'default',
      'com.docker.compose.project': 'getting-started-app',
      'com.docker.compose.version': COMPOSE_VERSION,
    });
    expect(volumeLabels(project.name, 'todo-mysql-data', project.volumes['todo-mysql-data']!)['com.docker.compose.volume']).toBe('todo-mysql-data');
    expect(dependsOnLabel(project.services.mysql!)).toBe('');
  });
});
