import os from 'node:os';

/** What the figures were measured on: CPU, cores, memory, OS and Node. */
export const describeMachine = (): string => {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim() ?? 'unknown CPU';
  const memoryGiB = (os.totalmem() / 2 ** 30).toFixed(0);
  return `${model}, ${cpus.length} cores, ${memoryGiB} GiB, ${os.type()} ${os.release()} (${os.arch()}), Node ${process.version}`;
};
