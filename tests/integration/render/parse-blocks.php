<?php
// SPDX-License-Identifier: GPL-3.0-or-later
// Reads block markup with the installed WordPress's own parser.
//
//   php parse-blocks.php WP_ROOT FILE...
//
// Prints one JSON object: for each FILE, what parse_blocks() makes of its content.
if ($argc < 3) {
    fwrite(STDERR, "usage: php parse-blocks.php WP_ROOT FILE...\n");
    exit(2);
}
$_SERVER['HTTP_HOST'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
require $argv[1] . '/wp-load.php';
$result = [];
foreach (array_slice($argv, 2) as $file) {
    $markup = file_get_contents($file);
    if ($markup === false) {
        fwrite(STDERR, "parse-blocks: cannot read $file\n");
        exit(1);
    }
    $result[$file] = parse_blocks($markup);
}
echo json_encode($result, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n";
