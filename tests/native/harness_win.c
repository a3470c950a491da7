/* Runs bd_grid_dijkstra from the Windows DLL of the plugin on one input file, for the tests (under wine).
 *
 * The DLL is loaded with LoadLibrary/GetProcAddress, as ctypes does on Windows, so what is tested is the
 * exported symbol of the very file the plugin zip carries.
 * usage: harness_win.exe bd_grid_dijkstra.dll input.bin output.bin
 * input:  int64 rows, int64 cols, int32 neighbours, int32 with_allocation, double max_cost, double lengths[16],
 *         float resistance[n], uint8 start[n], int32 allocation[n] (when with_allocation)
 * output: int32 status, int64 settled, double cost[n], int8 step[n], int32 allocation[n] (when with_allocation)
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <windows.h>

typedef int (*dijkstra_t)(int64_t, int64_t, const float *, const uint8_t *, int, const double *, double,
                          double *, int8_t *, int32_t *, volatile const int32_t *, volatile int64_t *);

static int fail(const char *what) { fprintf(stderr, "harness: %s\n", what); return 2; }

int main(int argc, char **argv)
{
    if (argc != 4) return fail("usage: harness_win.exe DLL INPUT OUTPUT");
    HMODULE dll = LoadLibraryA(argv[1]);
    if (!dll) return fail("LoadLibrary failed");
    dijkstra_t run = (dijkstra_t)(void *)GetProcAddress(dll, "bd_grid_dijkstra");
    if (!run) return fail("bd_grid_dijkstra is not exported");
    FILE *in = fopen(argv[2], "rb");
    if (!in) return fail("cannot open input");
    int64_t rows, cols; int32_t neighbours, with_allocation; double max_cost, lengths[16];
    if (fread(&rows, 8, 1, in) != 1 || fread(&cols, 8, 1, in) != 1 || fread(&neighbours, 4, 1, in) != 1 ||
        fread(&with_allocation, 4, 1, in) != 1 || fread(&max_cost, 8, 1, in) != 1 ||
        fread(lengths, 8, 16, in) != 16) return fail("short header");
    size_t n = (size_t)(rows * cols);
    float *resistance = malloc(n * sizeof(float)); uint8_t *start = malloc(n);
    double *cost = malloc(n * sizeof(double)); int8_t *step = malloc(n);
    int32_t *allocation = with_allocation ? malloc(n * sizeof(int32_t)) : NULL;
    if (!resistance || !start || !cost || !step || (with_allocation && !allocation)) return fail("out of memory");
    if (fread(resistance, sizeof(float), n, in) != n || fread(start, 1, n, in) != n ||
        (with_allocation && fread(allocation, sizeof(int32_t), n, in) != n)) return fail("short input");
    fclose(in);
    volatile int32_t cancel = 0; volatile int64_t settled = 0;
    int32_t status = run(rows, cols, resistance, start, neighbours, lengths, max_cost, cost, step, allocation,
                         &cancel, &settled);
    FILE *out = fopen(argv[3], "wb");
    if (!out) return fail("cannot open output");
    int64_t done = settled;
    fwrite(&status, 4, 1, out); fwrite(&done, 8, 1, out);
    fwrite(cost, sizeof(double), n, out); fwrite(step, 1, n, out);
    if (with_allocation) fwrite(allocation, sizeof(int32_t), n, out);
    fclose(out);
    return 0;
}
