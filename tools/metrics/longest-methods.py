#!/usr/bin/env python3
"""Longest Java methods/constructors under the given dirs (heuristic brace matching)."""
import re,sys,pathlib
sig=re.compile(r'^\s*(?:(?:public|protected|private|static|final|synchronized|abstract|default)\s+)*(?:<[^>]+>\s+)?[\w<>\[\],.? ]+\s+(\w+)\s*\([^;]*$|^\s*(?:(?:public|protected|private)\s+)?([A-Z]\w*)\s*(?:\([^;]*)?\{\s*$')
res=[]
for d in sys.argv[1:]:
    for p in pathlib.Path(d).rglob('*.java'):
        lines=p.read_text().split('\n')
        i=0
        while i<len(lines):
            l=lines[i]
            m=sig.match(l)
            if m and not re.match(r'^\s*(if|for|while|switch|return|else|catch|try|new|throw)\b',l.strip()) and ' class ' not in l and ' record ' not in l and ' interface ' not in l and ' enum ' not in l:
                # find opening brace
                j=i; depth=0; started=False
                while j<len(lines):
                    s=re.sub(r'"(\\.|[^"\\])*"|\'(\\.|[^\'\\])*\'|//.*','',lines[j])
                    if ';' in s and not started and '{' not in s: break
                    for ch in s:
                        if ch=='{': depth+=1; started=True
                        elif ch=='}': depth-=1
                    if started and depth<=0: break
                    j+=1
                if started:
                    res.append((j-i+1,f"{p}:{i+1}",(m.group(1) or m.group(2))))
                    i+=1; continue
            i+=1
res.sort(reverse=True)
for n,loc,name in res[:int(__import__('os').environ.get('TOP','10'))]:
    print(f"{n:5d}  {name}  {loc}")
