#include <stdio.h>

int read_unit(const char *line, double *value)
{
	char unit[10];
	if (sscanf(line, "%lf %10s", value, unit) != 2)
		return -1;
	return unit[0] == 'G';
}
