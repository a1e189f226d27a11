export type CommandIo = { out: (text: string) => void; err: (text: string) => void };

export const stdio: CommandIo = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };
