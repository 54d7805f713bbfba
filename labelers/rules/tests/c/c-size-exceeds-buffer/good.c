#include <stdio.h>

void segment_prefix(char *out, size_t size, const char *name)
{
	char text[16];
	char prefix[16];

	snprintf(prefix, sizeof(prefix), "%s", name);
	snprintf(text, 16, " %s ", prefix);
	snprintf(out, size, "%s", text);
}
