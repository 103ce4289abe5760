from sahel_tui.cli import main

raise SystemExit(main())
