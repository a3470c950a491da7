/*
 * Accumulated cost distance on a raster grid: Dijkstra's algorithm (Dijkstra 1959) specialised to a grid.
 *
 * Why hand-written C: no library on Debian 12 or PyPI runs a grid Dijkstra with the plugin's edge rule
 * (mean of the crossed cells' resistance x step length, knight's moves as GRASS r.cost -k) without first
 * building a graph. scikit-image's MCP (8 neighbours only) and scipy's csgraph (a 16-neighbour sparse graph
 * of ~400 B/cell) were 1-3x slower than GRASS r.cost and used 3x its memory. Here the moves are computed
 * from the grid on the fly, so the search needs the resistance (float32), the cost (float64) and one byte
 * per cell for the move that reached it, plus the frontier.
 *
 * The frontier is a bucket queue (Dial 1969) when the buckets can be as narrow as the cheapest step: no
 * step is cheaper than delta = (lowest resistance) x (shortest step), so every cell in the lowest bucket
 * [k delta, (k+1) delta) already has its final cost (a cell reached from it lands in a later bucket) and the
 * buckets are emptied in any order, in O(1) per cell. Only ceil(dearest step / delta) + 2 buckets are live
 * at once, kept in a ring. When that ring would be too large (resistances spanning more than ~2^18 : 1) the
 * frontier is a binary heap instead. Both use lazy deletion: a cell is queued again when its cost improves
 * and stale entries are skipped. Both give exactly the same costs (each is a minimum of the same sums).
 *
 * Loaded with ctypes by bd_qgis_plugin/core/costdistance.py; no Python headers needed. All arrays are owned
 * by numpy. ctypes releases the GIL during the call, so Python can poll `settled` for progress and set
 * `*cancel` from another thread.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

typedef struct { /* a queued cell by row and column (no division to recover them), 16 bytes */
    double key;
    int32_t row, col;
} entry_t;

typedef struct { /* a growable array: one bucket of the ring, or the binary heap */
    entry_t *data;
    int64_t size, capacity;
} queue_t;

static int grow(queue_t *q)
{
    int64_t capacity = q->capacity ? 2 * q->capacity : 64;
    entry_t *grown = realloc(q->data, (size_t)capacity * sizeof(entry_t));
    if (!grown)
        return -1;
    q->data = grown;
    q->capacity = capacity;
    return 0;
}

static inline int bucket_push(queue_t *q, double key, int32_t row, int32_t col)
{
    if (q->size == q->capacity && grow(q))
        return -1;
    q->data[q->size].key = key;
    q->data[q->size].row = row;
    q->data[q->size].col = col;
    q->size++;
    return 0;
}

static inline int heap_push(queue_t *h, double key, int32_t row, int32_t col)
{
    if (h->size == h->capacity && grow(h))
        return -1;
    int64_t i = h->size++;
    while (i > 0) { /* sift the hole up */
        int64_t parent = (i - 1) >> 1;
        if (h->data[parent].key <= key)
            break;
        h->data[i] = h->data[parent];
        i = parent;
    }
    h->data[i].key = key;
    h->data[i].row = row;
    h->data[i].col = col;
    return 0;
}

static inline entry_t heap_pop(queue_t *h)
{
    entry_t top = h->data[0];
    entry_t last = h->data[--h->size];
    int64_t i = 0, n = h->size;
    for (;;) { /* sift the hole down */
        int64_t child = 2 * i + 1;
        if (child >= n)
            break;
        if (child + 1 < n && h->data[child + 1].key < h->data[child].key)
            child++;
        if (h->data[child].key >= last.key)
            break;
        h->data[i] = h->data[child];
        i = child;
    }
    if (n > 0)
        h->data[i] = last;
    return top;
}

/* Moves (row, col): the 8 queen's moves, then the 8 knight's moves, in the order of QUEEN + KNIGHT in
 * costdistance.py (step k of a cell means: reached from cell - (DR[k] * cols + DC[k])). */
static const int DR[16] = {-1, -1, 0, 1, 1, 1, 0, -1, -2, -1, 1, 2, 2, 1, -1, -2};
static const int DC[16] = {0, 1, 1, 1, 0, -1, -1, -1, 1, 2, 2, 1, -1, -2, -2, -1};

#define MAX_BUCKETS (1 << 18)

typedef struct {
    int64_t rows, cols;
    const float *resistance;
    int neighbours;
    int64_t delta[16];
    double half_length[16];
    double max_cost;
    double *cost;
    int8_t *step;
    int32_t *allocation;
    /* frontier: the ring of buckets (ring != NULL) or the heap */
    queue_t *ring;
    int64_t ring_size;
    double inverse_width;
    queue_t heap;
    int64_t queued;
} search_t;

static inline int enqueue(search_t *s, double key, int64_t row, int64_t col)
{
    if (s->ring) {
        s->queued++;
        return bucket_push(&s->ring[(int64_t)(key * s->inverse_width) % s->ring_size], key, (int32_t)row,
                           (int32_t)col);
    }
    return heap_push(&s->heap, key, (int32_t)row, (int32_t)col);
}

/* Relax the moves out of the settled cell (r, c) (cost d): 0, or -1 when out of memory. */
static inline int relax(search_t *s, int64_t r, int64_t c, double d)
{
    const int64_t cols = s->cols, i = r * cols + c;
    const double here = s->resistance[i];
    const float *res = s->resistance;
    const int reach = s->neighbours == 8 ? 1 : 2;
    /* away from the edges no move leaves the grid: skip the bounds checks */
    const int inside = r >= reach && r < s->rows - reach && c >= reach && c < cols - reach;
    for (int k = 0; k < s->neighbours; k++) {
        const int64_t nr = r + DR[k], nc = c + DC[k];
        if (!inside && (nr < 0 || nr >= s->rows || nc < 0 || nc >= cols))
            continue;
        const int64_t j = i + s->delta[k];
        double sum = here + (double)res[j];
        if (k >= 8) {
            /* the two cells a knight's move passes between, as costdistance._knight_middle */
            int64_t m1, m2;
            const int sr = DR[k] > 0 ? 1 : -1, sc = DC[k] > 0 ? 1 : -1;
            if (DR[k] == 2 || DR[k] == -2) {
                m1 = i + sr * cols;
                m2 = i + sr * cols + DC[k];
            } else {
                m1 = i + sc;
                m2 = i + DR[k] * cols + sc;
            }
            sum += (double)res[m1] + (double)res[m2];
        }
        if (!isfinite(sum))
            continue; /* a barrier at an end, or between for a knight's move */
        const double candidate = d + sum * s->half_length[k];
        if (candidate < s->cost[j] && candidate <= s->max_cost) {
            s->cost[j] = candidate;
            s->step[j] = (int8_t)k;
            if (s->allocation)
                s->allocation[j] = s->allocation[i];
            if (enqueue(s, candidate, nr, nc))
                return -1;
        }
    }
    return 0;
}

/* Bucket width and ring size for the resistances present, or 0 buckets when a heap is the better queue. */
static void plan_buckets(search_t *s, int64_t n, const double *lengths)
{
    float lowest = INFINITY, highest = 0.0f;
    for (int64_t i = 0; i < n; i++) {
        const float v = s->resistance[i];
        if (isfinite(v)) {
            lowest = v < lowest ? v : lowest;
            highest = v > highest ? v : highest;
        }
    }
    double shortest = INFINITY, longest = 0.0;
    for (int k = 0; k < s->neighbours; k++) {
        shortest = lengths[k] < shortest ? lengths[k] : shortest;
        longest = lengths[k] > longest ? lengths[k] : longest;
    }
    /* The cheapest possible step, with a margin for rounding so that a step never lands in its own bucket
     * (it would still be correct, as a re-queued cell, only slower). */
    const double width = (double)lowest * shortest * (1.0 - 1e-9);
    const double dearest = (double)highest * longest;
    s->ring_size = 0;
    if (!(width > 0.0) || !isfinite(dearest))
        return;
    const double buckets = ceil(dearest / width) + 2.0;
    if (buckets > MAX_BUCKETS)
        return;
    s->ring_size = (int64_t)buckets;
    s->inverse_width = 1.0 / width;
}

/*
 * rows, cols    grid size
 * resistance    float32 per cell; +inf (or NaN) = barrier; must be > 0 elsewhere (checked by the caller)
 * start         uint8 per cell, nonzero = source (cost 0); sources on barriers are ignored
 * neighbours    8 or 16
 * lengths       step length of each move (16 values; only the first `neighbours` are used)
 * max_cost      cells whose cost would exceed it stay unreached; pass +inf for none
 * cost          out, float64 per cell: accumulated cost, +inf where unreached
 * step          out, int8 per cell: index of the move that reached the cell, -1 at sources and unreached
 * allocation    NULL, or int32 per cell: in, the source's id at sources and 0 elsewhere; out, the id of the
 *               source each reached cell's least-cost path starts from (0 where unreached)
 * cancel        polled every 65536 settled cells; nonzero stops the search (returns 1)
 * settled       out: number of cells settled so far (progress)
 * returns 0 done, 1 cancelled, -1 out of memory, -2 bad arguments
 */
int bd_grid_dijkstra(int64_t rows, int64_t cols, const float *resistance, const uint8_t *start, int neighbours,
                     const double *lengths, double max_cost, double *cost, int8_t *step, int32_t *allocation,
                     volatile const int32_t *cancel, volatile int64_t *settled)
{
    if (rows <= 0 || cols <= 0 || rows > INT32_MAX || cols > INT32_MAX || (neighbours != 8 && neighbours != 16))
        return -2;
    const int64_t n = rows * cols;
    search_t s = {0};
    s.rows = rows;
    s.cols = cols;
    s.resistance = resistance;
    s.neighbours = neighbours;
    s.max_cost = max_cost;
    s.cost = cost;
    s.step = step;
    s.allocation = allocation;
    for (int k = 0; k < 16; k++) {
        s.delta[k] = DR[k] * cols + DC[k];
        /* queen: mean of 2 cells x length; knight: mean of the 4 crossed cells x length (GRASS r.cost -k) */
        s.half_length[k] = lengths[k] * (k < 8 ? 0.5 : 0.25);
    }
    plan_buckets(&s, n, lengths);
    if (s.ring_size && !(s.ring = calloc((size_t)s.ring_size, sizeof(queue_t))))
        return -1;
    int status = 0;
    for (int64_t i = 0; i < n; i++) {
        cost[i] = INFINITY;
        step[i] = -1;
    }
    for (int64_t i = 0; i < n && !status; i++) {
        if (start[i] && isfinite(resistance[i])) {
            cost[i] = 0.0;
            status = enqueue(&s, 0.0, i / cols, i % cols);
        }
    }
    int64_t done = 0, bucket = 0;
    while (!status) {
        entry_t top;
        if (s.ring) {
            if (!s.queued)
                break;
            queue_t *q = &s.ring[bucket];
            if (!q->size) {
                bucket = bucket + 1 == s.ring_size ? 0 : bucket + 1;
                continue;
            }
            top = q->data[--q->size];
            s.queued--;
        } else {
            if (!s.heap.size)
                break;
            top = heap_pop(&s.heap);
        }
        if (top.key > cost[top.row * cols + top.col])
            continue; /* stale entry: the cell was reached more cheaply since */
        if ((++done & 0xFFFF) == 0) {
            *settled = done;
            if (*cancel) {
                status = 1;
                break;
            }
        }
        if (relax(&s, top.row, top.col, top.key))
            status = -1;
    }
    *settled = done;
    if (s.ring) {
        for (int64_t b = 0; b < s.ring_size; b++)
            free(s.ring[b].data);
        free(s.ring);
    }
    free(s.heap.data);
    return status;
}
