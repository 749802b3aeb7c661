"""The stack's mail server: accepts SMTP on 127.0.0.1 and writes each message to a file, sending nothing.

`make stack` runs the production settings, whose mail goes out over SMTP (sign-up confirmations,
password resets, invitations). On one machine there is nobody to deliver to, so this sink stands in
for the relay: the messages can be read in ``.stack/mail/`` (one ``.eml`` file each).

Only what Django's SMTP backend says is understood (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT);
no TLS, no authentication, and it listens on the loopback interface only.
"""

import argparse
import asyncio
import time
from pathlib import Path


class Sink:
    def __init__(self, folder: Path):
        self.folder = folder
        self.count = 0

    async def session(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        async def reply(line: str) -> None:
            writer.write(f"{line}\r\n".encode())
            await writer.drain()

        await reply("220 stack mail sink")
        try:
            while line := await reader.readline():
                verb = line.decode("latin-1").strip().split(" ", 1)[0].upper()
                if verb == "EHLO":
                    await reply("250-stack mail sink\r\n250 8BITMIME")
                elif verb == "DATA":
                    await reply("354 end with <CR><LF>.<CR><LF>")
                    await self.store(await self.message(reader))
                    await reply("250 stored")
                elif verb == "QUIT":
                    await reply("221 bye")
                    break
                elif verb in {"HELO", "MAIL", "RCPT", "RSET", "NOOP"}:
                    await reply("250 ok")
                else:
                    await reply("502 not implemented")
        finally:
            writer.close()

    @staticmethod
    async def message(reader: asyncio.StreamReader) -> bytes:
        lines = []
        while (line := await reader.readline()) not in (b".\r\n", b".\n", b""):
            lines.append(line[1:] if line.startswith(b"..") else line)  # dot-stuffing (RFC 5321, 4.5.2)
        return b"".join(lines)

    async def store(self, data: bytes) -> None:
        self.count += 1
        (self.folder / f"{time.strftime('%Y%m%d-%H%M%S')}-{self.count:05d}.eml").write_bytes(data)


async def serve(port: int, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    server = await asyncio.start_server(Sink(folder).session, "127.0.0.1", port)
    async with server:
        await server.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=8025)
    parser.add_argument("--folder", type=Path, required=True)
    arguments = parser.parse_args()
    asyncio.run(serve(arguments.port, arguments.folder))


if __name__ == "__main__":
    main()
