#!/usr/bin/env python3
"""Draws Redress's icon, app/windows/redress.ico: a white R on a blue rounded square.

    python3 app/windows/make-icon.py

Standard library only: each size (16, 24, 32, 48, 64, 256 pixels) is drawn from the same
shapes, with 4x4 supersampling for smooth edges, and stored as a PNG inside the .ico (which
Windows Vista and later read). The output is checked in; the build does not run this.
"""

import math
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
BLUE = (0x1F, 0x5F, 0x8B)
WHITE = (0xFF, 0xFF, 0xFF)


def inside_square(x, y):
    """The rounded square, in a 0..1 frame."""
    margin, radius = 0.04, 0.18
    left, right = margin + radius, 1 - margin - radius
    nx = min(max(x, left), right)
    ny = min(max(y, left), right)
    return (x - nx) ** 2 + (y - ny) ** 2 <= radius ** 2 and margin <= x <= 1 - margin \
        and margin <= y <= 1 - margin


def inside_r(x, y):
    """The letter R, in a 0..1 frame: a stem, a bowl and a leg."""
    stem = 0.28 <= x <= 0.40 and 0.20 <= y <= 0.80
    # The bowl: a half ring on the stem's right, from y 0.20 to 0.54.
    cx, cy, outer, inner = 0.50, 0.37, 0.17, 0.07
    distance = math.hypot(x - cx, y - cy)
    bowl = (x >= cx and inner <= distance <= outer) or \
        (0.34 <= x <= cx and (0.20 <= y <= 0.30 or 0.44 <= y <= 0.54))
    # The leg: a thick stroke from the bowl's foot down to the bottom right.
    ax, ay, bx, by = 0.48, 0.50, 0.70, 0.80
    t = max(0.0, min(1.0, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) /
                     ((bx - ax) ** 2 + (by - ay) ** 2)))
    leg = math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) <= 0.06
    return stem or bowl or leg


def pixel(size, px, py, samples=4):
    coverage_square = coverage_letter = 0
    for sy in range(samples):
        for sx in range(samples):
            x = (px + (sx + 0.5) / samples) / size
            y = (py + (sy + 0.5) / samples) / size
            if inside_square(x, y):
                coverage_square += 1
                coverage_letter += inside_r(x, y)
    if not coverage_square:
        return (0, 0, 0, 0)
    share = coverage_letter / coverage_square
    rgb = tuple(round(b + (w - b) * share) for b, w in zip(BLUE, WHITE))
    return rgb + (round(255 * coverage_square / samples ** 2),)


def png(size):
    rows = b"".join(b"\0" + bytes(c for px in range(size) for c in pixel(size, px, py))
                    for py in range(size))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + \
            struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + \
        chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


def main():
    sizes = [16, 24, 32, 48, 64, 256]
    images = [png(size) for size in sizes]
    offset = 6 + 16 * len(images)
    directory = b""
    for size, image in zip(sizes, images):
        directory += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(image),
                                 offset)
        offset += len(image)
    with open(os.path.join(HERE, "redress.ico"), "wb") as out:
        out.write(struct.pack("<HHH", 0, 1, len(images)) + directory + b"".join(images))
    with open(os.path.join(HERE, "redress.png"), "wb") as out:
        out.write(images[-1])


if __name__ == "__main__":
    main()
