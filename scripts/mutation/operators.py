"""Mutation operators of `make mutation` (see plugin.py): which AST nodes change and how, and
how a mutated function is found, compiled and swapped in place."""

import ast
import copy
import functools
import types
from dataclasses import dataclass, field
from pathlib import Path

SWAP = {
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
    ast.Add: ast.Sub,
    ast.Sub: ast.Add,
    ast.Mult: ast.Div,
    ast.Div: ast.Mult,
    ast.FloorDiv: ast.Mult,
    ast.And: ast.Or,
    ast.Or: ast.And,
}


@dataclass
class Mutant:
    module: str
    function: str  # qualified name of the top-level function or method holding the mutant
    line: int
    description: str
    status: str = "pending"
    tests_run: int = 0
    killed_by: str = ""
    seconds: float = 0.0
    index: int = field(default=0, repr=False)


def docstring_nodes(tree) -> set:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Module) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def variants(node, skip: set):
    """(description, replacement-maker) pairs for one node; each maker mutates a deep copy."""
    line = getattr(node, "lineno", 0)
    if isinstance(node, ast.Compare):
        for position, op in enumerate(node.ops):
            if type(op) in SWAP:
                new = SWAP[type(op)]

                def make(n, position=position, new=new):
                    n.ops[position] = new()

                yield f"line {line}: {type(op).__name__} → {new.__name__}", make
    elif isinstance(node, ast.BinOp | ast.BoolOp) and type(node.op) in SWAP:
        new = SWAP[type(node.op)]

        def make(n, new=new):
            n.op = new()

        yield f"line {line}: {type(node.op).__name__} → {new.__name__}", make
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        yield f"line {line}: remove `not`", "unwrap"
    elif isinstance(node, ast.If | ast.While):

        def make(n):
            n.test = ast.UnaryOp(op=ast.Not(), operand=n.test)

        yield f"line {line}: negate the {type(node).__name__.lower()} condition", make
    elif isinstance(node, ast.Constant) and id(node) not in skip:
        value = node.value
        if isinstance(value, bool):

            def make(n):
                n.value = not n.value

            yield f"line {line}: {value} → {not value}", make
        elif isinstance(value, int):

            def make(n):
                n.value = n.value + 1

            yield f"line {line}: {value} → {value + 1}", make
        elif isinstance(value, str) and value:

            def make(n):
                n.value = "XX" + n.value

            yield f"line {line}: string {value[:20]!r} → 'XX…'", make
    elif isinstance(node, ast.Return) and node.value is not None:
        if not (isinstance(node.value, ast.Constant) and node.value.value is None):

            def make(n):
                n.value = ast.Constant(value=None)

            yield f"line {line}: return None", make
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in {"min", "max"}:
        other = "max" if node.func.id == "min" else "min"

        def make(n, other=other):
            n.func.id = other

        yield f"line {line}: {node.func.id} → {other}", make


def top_functions(tree):
    """(qualified name, node) of module functions and class methods (nested classes too)."""

    def walk(body, prefix):
        for node in body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                yield prefix + node.name, node
            elif isinstance(node, ast.ClassDef):
                yield from walk(node.body, f"{prefix}{node.name}.")

    yield from walk(tree.body, "")


def enumerate_mutants(path: Path, module: str):
    """Each mutant with a function that builds the mutated module's AST."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    skip = docstring_nodes(tree)
    found = []
    for qualname, function in top_functions(tree):
        # The body only: decorators, argument defaults and annotations are evaluated once, when
        # the module is imported, and live on the function object, not in the code swapped in,
        # so a mutant of theirs would never run (and always "survive").
        for statement in function.body:
            for node in ast.walk(statement):
                for description, make in variants(node, skip):
                    found.append((Mutant(module, qualname, getattr(node, "lineno", 0), description), node, make))
    return tree, found


def mutated_tree(tree, target, make):
    """A copy of ``tree`` with ``make`` applied to the copy of ``target``."""
    clone = copy.deepcopy(tree, memo := {})
    node = memo[id(target)]
    if make == "unwrap":
        for parent in ast.walk(clone):
            for name, value in ast.iter_fields(parent):
                if value is node:
                    setattr(parent, name, node.operand)
                elif isinstance(value, list) and any(v is node for v in value):
                    value[value.index(node)] = node.operand
    else:
        make(node)
    return ast.fix_missing_locations(clone)


def find_code(code, qualname):
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            if const.co_qualname == qualname:
                return const
            found = find_code(const, qualname)
            if found:
                return found
    return None


def live_function(module, qualname):
    """The function object behind ``qualname`` (through properties, static/class methods, lru_cache)."""
    target = module
    for part in qualname.split("."):
        owner = target
        target = owner.__dict__[part] if part in getattr(owner, "__dict__", {}) else getattr(owner, part)
    caches = []
    while True:
        if isinstance(target, property):
            target = target.fget
        elif isinstance(target, staticmethod | classmethod):
            target = target.__func__
        elif isinstance(target, functools.cached_property):
            target = target.func
        elif hasattr(target, "cache_clear") and hasattr(target, "__wrapped__"):
            caches.append(target)
            target = target.__wrapped__
        elif hasattr(target, "__wrapped__"):
            # A decorator's wrapper (``functools.wraps``: ``transaction.atomic`` and the like)
            # calls the function it wraps: swapping that one's code reaches every caller.
            target = target.__wrapped__
        else:
            break
    return target, caches
