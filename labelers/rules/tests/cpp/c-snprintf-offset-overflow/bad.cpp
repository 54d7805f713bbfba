#include <stdio.h>

static int show_values(char *buf, size_t size, const int *vals, int n)
{
	int len = 0;
	for (int i = 0; i < n; i++)
		len += snprintf(buf + len, size - len, "%d ", vals[i]);
	return len;
}
