import type { Filter } from '@agentvc/store';
import type { DeviationId } from './known-deviations.js';

const date = (iso: string) => new Date(iso);

/** Documents with the shapes filters trip over: missing vs null, arrays, arrays of documents, Dates. */
export const FILTER_DOCUMENTS: ReadonlyArray<{ _id: string } & Record<string, unknown>> = [
  { _id: 'd01', n: 1, s: 'alpha', b: true, tags: ['a', 'b'], pairs: ['a', 'b'], at: date('2024-01-01T00:00:00Z'), nested: { x: 1, y: 'p' } },
  { _id: 'd02', n: 2, s: 'beta', b: false, tags: ['b', 'c'], at: date('2024-06-01T00:00:00Z'), nested: { x: 2 } },
  { _id: 'd03', n: 3, s: 'gamma', tags: [], nested: { x: null } },
  { _id: 'd04', n: null, s: 'delta', tags: ['a'], items: [{ sku: 'k1', qty: 1 }, { sku: 'k2', qty: 5 }] },
  { _id: 'd05', s: 'epsilon', items: [{ sku: 'k3', qty: 10 }, { qty: 2 }] },
  { _id: 'd06', n: 10, s: '10', tags: ['a', 'a'], items: [] },
  { _id: 'd07', n: -1.5, nested: {}, tags: [null, 'z'] },
  { _id: 'd08', n: 0, s: '', at: date('2023-12-31T23:59:59Z'), nested: { x: [1, 5] } },
  { _id: 'd09', pairs: [['a', 'b']], items: [{ sku: null, qty: 3 }] },
  { _id: 'd10', n: 5, nested: { x: 5, deep: { z: true } }, items: [{ sku: 'k1', qty: 7, tags: ['t'] }] },
  { _id: 'd11', n: 7, s: 'Zeta', at: date('2025-01-01T00:00:00Z'), nested: 'scalar' },
  { _id: 'd12', b: null, nested: null }
];

/** Filters whose results each engine must share with mingo (MongoDB semantics). */
export const FILTER_TABLE: Filter[] = [
  {},
  { n: 1 },
  { n: 10 },
  { s: '10' },
  { n: null },
  { n: { $eq: null } },
  { n: { $ne: null } },
  { n: { $eq: 2 } },
  { n: { $ne: 2 } },
  { n: { $exists: true } },
  { n: { $exists: false } },
  { n: { $gt: 1 } },
  { n: { $gte: 0, $lt: 5 } },
  { n: { $lte: 0 } },
  { n: { $in: [1, 3] } },
  { n: { $in: [1, 3, null] } },
  { n: { $nin: [1, 3] } },
  { n: { $nin: [null, 1] } },
  { n: { $ne: 1, $exists: true } },
  { s: { $gt: 'beta' } },
  { s: { $lt: 'a' } },
  { s: { $in: [] } },
  { s: { $nin: [] } },
  { b: true },
  { b: false },
  { b: { $ne: true } },
  { b: null },
  { tags: 'a' },
  { tags: { $ne: 'a' } },
  { tags: { $in: ['c', 'z'] } },
  { tags: { $nin: ['a'] } },
  { tags: { $nin: ['a', null] } },
  { tags: ['a', 'b'] },
  { tags: { $ne: ['a', 'b'] } },
  { pairs: ['a', 'b'] },
  { pairs: { $ne: ['a', 'b'] } },
  { tags: [] },
  { tags: null },
  { tags: { $exists: true } },
  { tags: { $gt: 'b' } },
  { 'tags.1': 'b' },
  { 'tags.0': { $exists: true } },
  { nested: { x: 2 } },
  { nested: { x: 1, y: 'p' } },
  { nested: null },
  { nested: { $exists: true } },
  { 'nested.x': 1 },
  { 'nested.x': 5 },
  { 'nested.x': null },
  { 'nested.x': { $ne: null } },
  { 'nested.x': { $exists: true } },
  { 'nested.x': { $exists: false } },
  { 'nested.x': { $gt: 1 } },
  { 'nested.x': { $gt: 1, $lt: 5 } },
  { 'nested.deep.z': true },
  { 'items.sku': 'k1' },
  { 'items.sku': { $ne: 'k1' } },
  { 'items.sku': { $exists: true } },
  { 'items.sku': { $exists: false } },
  { 'items.sku': { $in: ['k2', 'k3'] } },
  { 'items.sku': { $nin: ['k1', 'k3'] } },
  { 'items.qty': { $gt: 6 } },
  { 'items.qty': { $gt: 1, $lt: 3 } },
  { 'items.0.sku': 'k1' },
  { 'items.1.qty': { $exists: true } },
  { 'items.tags': 't' },
  { 'items.tags': ['t'] },
  { at: date('2024-06-01T00:00:00Z') },
  { at: { $gt: date('2024-01-01T00:00:00Z') } },
  { at: { $lte: date('2024-01-01T00:00:00Z') } },
  { at: { $in: [date('2024-01-01T00:00:00Z'), date('2025-01-01T00:00:00Z')] } },
  { at: { $ne: date('2024-01-01T00:00:00Z') } },
  { _id: { $in: ['d01', 'd05'] } },
  { _id: { $gte: 'd10' } },
  { $or: [{ n: 1 }, { s: 'beta' }] },
  { $or: [{ n: { $exists: false } }, { tags: [] }] },
  { $and: [{ tags: 'a' }, { tags: 'b' }] },
  { $and: [{ n: { $gt: 0 } }, { $or: [{ tags: 'a' }, { b: false }] }] },
  { n: { $gt: 0 }, s: { $exists: true }, $or: [{ b: { $exists: false } }, { b: true }] }
];

/** FILTER_TABLE entries where FerretDB departs from MongoDB (known-deviations.ts). */
export const FILTER_DEVIATIONS: Array<{ filter: Filter; deviation: DeviationId }> = [
  { filter: { 'items.sku': { $ne: 'k1' } }, deviation: 'array-path-negation' },
  { filter: { 'items.sku': { $nin: ['k1', 'k3'] } }, deviation: 'array-path-negation' },
  { filter: { 'items.qty': { $gt: 1, $lt: 3 } }, deviation: 'array-path-range' }
];

/**
 * Filters where mingo is known to answer differently from MongoDB, with MongoDB's answer. A run on
 * a real MongoDB (MONGODB_URL) checks these expectations too.
 */
export const MONGODB_ANSWERS: Array<{ filter: Filter; ids: string[]; why: string; deviation?: DeviationId }> = [
  {
    filter: { pairs: { $in: [['a', 'b']] } },
    ids: ['d01', 'd09'],
    why: '$in matches like $eq for each value, so the whole array counts (mingo only tries elements)',
    deviation: 'nested-arrays'
  },
  {
    filter: { 'items.sku': null },
    ids: ['d01', 'd02', 'd03', 'd05', 'd07', 'd08', 'd09', 'd11', 'd12'],
    why: 'an array element lacking the field counts as null (d05); mingo skips such elements',
    deviation: 'array-path-null'
  }
];
