"""Long titles and cues for the projector's tests and screenshots, and the check that a
drawn text breaks no Latin word."""

from __future__ import annotations

import itertools
import re

LONG_ZH = ("第三组：生成式人工智能时代的创造者、表演者与权利人——在训练数据、透明度、公平报酬和集体"
           "管理方面寻求新的平衡与合作模式，并就知识产权制度如何回应前沿技术带来的挑战与机遇进行深入探讨与展望")
LONG_EN = ("Panel 3: Creators, Performers and Right Holders in the Age of Generative Artificial "
           "Intelligence – Seeking a New Balance and New Models of Cooperation on Training Data, "
           "Transparency, Fair Remuneration and Collective Management of Rights")
CUE_EN = ("Now starting: Intellectual Property Protection and Generative Artificial Intelligence "
          "in the Creative Industries")
CUE = f"现在开始：知识产权保护与创意产业中的生成式人工智能 · {CUE_EN}"
LONG_AGENDA = f"""\
title: {{zh: 知识产权和前沿技术产权组织对话会 第九届会议, en: "WIPO Conversation"}}
timezone: Europe/Zurich
languages: [zh, en]
days:
  - date: 2024-03-13
    sessions:
      - id: long
        start: "10:00"
        end: "10:30"
        title: {{zh: "{LONG_ZH}", en: "{LONG_EN}"}}
      - id: after
        title:
          zh: 闭幕式暨总结发言：知识产权组织总干事与各位小组主持人就前沿技术的未来议程进行讨论
          en: >-
            Closing and Summary: the Director General and the Panel Moderators on the Future
            Agenda for Frontier Technologies and Intellectual Property Policy Worldwide
        end: "11:00"
"""
LATIN = re.compile(r"[A-Za-z0-9]")


def broken_words(widget) -> list[str]:
    """Where the lines a FitText drew split a Latin word ("Prot|ection")."""
    return [f"{a}|{b}" for a, b in itertools.pairwise(widget.last_lines)
            if a and b and LATIN.match(a[-1]) and LATIN.match(b[0])]
