/**
 * The words of the shared data's product descriptions that name an attribute value, as observed in
 * the file (3,774 descriptions, upper case). Each value lists its words; a phrase of several words
 * is matched before its single words ("T-LIGHT HOLDER" is a candle holder, not a candle). Kept as
 * data so a test can check that no word names two values of one attribute.
 */
export type Lexicon = readonly (readonly [value: string, words: readonly string[]])[];

/** Product type, the noun of the description (the last one named wins: "WOODEN BOX OF DOMINOES" is a toy). */
export const TYPE_LEXICON: Lexicon = [
  ['bag', ['BAG', 'BAGS', 'HANDBAG', 'PURSE', 'WASHBAG', 'SHOPPER', 'TOTE', 'BAG CHARM']],
  ['candle', ['CANDLE', 'CANDLES', 'T-LIGHTS', 'INCENSE', 'TEALIGHTS', 'DINNER CANDLE']],
  ['candle holder', ['OIL BURNER', 'T-LIGHT HOLDER', 'CANDLE HOLDER', 'CANDLEHOLDER', 'TEALIGHT HOLDER', 'LANTERN', 'CANDLESTICK', 'CANDLE POT']],
  ['jewellery', ['NECKLACE', 'NECKLAC', 'EARRINGS', 'BRACELET', 'PENDANT', 'BROOCH', 'BANGLE', 'HAIR CLIP', 'HAIR SLIDE', 'HAIRCLIP', 'HAIR BAND', 'TIARA']],
  ['tableware', ['GOBLET', 'MUG', 'MUGS', 'CUP', 'CUPS', 'TEACUP', 'SAUCER', 'BEAKER', 'PLATE', 'PLATES', 'BOWL', 'BOWLS', 'DISH', 'TRAY', 'JUG', 'COASTER', 'COASTERS', 'PLACEMATS', 'CUTLERY', 'CAKE STAND', 'TEAPOT', 'EGG CUP', 'GLASS', 'TUMBLER', 'CAKE FORK', 'SPOON', 'SPOONS']],
  ['baking', ['CAKE CASES', 'BAKING', 'CAKE TINS', 'CAKE MOULD', 'BAKING SET', 'COOKIE CUTTER', 'CAKE TIN', 'PUDDING BOWL']],
  ['storage', ['SHELF', 'TIN', 'TINS', 'JAR', 'JARS', 'BOX', 'BOXES', 'STORAGE', 'BASKET', 'CHEST', 'DRAWER', 'DRAWERS', 'CABINET', 'CONTAINER', 'LUNCH BOX', 'BUCKET', 'ORGANISER', 'BIN']],
  ['card', ['CARD', 'CARDS', 'GREETING CARD', 'POSTCARD']],
  ['gift wrap', ['WRAP', 'WRAPPING', 'GIFT WRAP', 'TISSUE', 'TISSUES', 'RIBBON', 'RIBBONS', 'RIBBON REEL', 'GIFT TAG', 'GIFT TAGS', 'TAGS']],
  ['stationery', ['ERASERS', 'RUBBER', 'JOURNAL', 'PHOTO ALBUM', 'ALBUM', 'WRITING SET', 'BADGES', 'TAPE', 'NOTEBOOK', 'PEN', 'PENS', 'PENCIL', 'PENCILS', 'STICKER', 'STICKERS', 'ERASER', 'RULER', 'SKETCHBOOK', 'CALENDAR', 'NOTEPAD', 'ENVELOPE', 'ENVELOPES', 'CRAYONS', 'STATIONERY', 'BOOK', 'DIARY', 'MEMO BOARD', 'CHALKBOARD', 'BLACKBOARD']],
  ['decoration', ['CHRISTMAS TREE', 'TINSEL', 'CONFETTI', 'HONEYCOMB', 'GNOME', 'DECORATION', 'DECORATIONS', 'GARLAND', 'WREATH', 'BUNTING', 'ORNAMENT', 'BAUBLE', 'BAUBLES', 'MOBILE', 'PAPER CHAIN', 'TREE DECORATION', 'HANGING DECORATION', 'FLAG', 'BIRD ORNAMENT', 'FIGURE', 'FIGURES']],
  ['sign', ['SIGN', 'PLAQUE', 'METAL SIGN', 'DOOR SIGN']],
  ['clock', ['CLOCK', 'ALARM CLOCK', 'WALL CLOCK']],
  ['frame', ['PRINT', 'FRAME', 'PHOTO FRAME', 'PICTURE FRAME', 'MIRROR']],
  ['textile', ['CUSHION', 'CUSHION COVER', 'TEA TOWEL', 'TEA TOWELS', 'APRON', 'THROW', 'BLANKET', 'OVEN GLOVE', 'TOWEL', 'FLANNEL', 'QUILT', 'DOORMAT', 'FILLER PAD', 'HOT WATER BOTTLE', 'SCARF', 'GLOVES']],
  ['hardware', ['KEY-CHAINS', 'KEYCHAIN', 'HOOK', 'HOOKS', 'KNOB', 'HANGER', 'DOORSTOP', 'RACK', 'COAT RACK', 'DRAWER KNOB', 'KEY RING', 'KEYRING', 'DOOR HANGER', 'MAGNET', 'MAGNETS', 'FRIDGE MAGNETS']],
  ['toy', ['TEDDY BEAR', 'INFLATABLE', 'TOY', 'TOYS', 'JIGSAW', 'GAME', 'DOMINOES', 'DRAWING SLATE', 'DOLL', 'SKITTLES', 'BUILDING BLOCK', 'SPINNING TOP', 'PLAYING CARDS', 'KIT', 'SOFT TOY', 'MARBLES', 'PUZZLE', 'BALL', 'WATER PISTOL', 'SNAKES & LADDERS']],
  ['party', ['PARTY', 'BALLOON', 'BALLOONS', 'NAPKINS', 'NAPKIN', 'STRAWS', 'PAPER CUPS', 'PAPER PLATES', 'PARTY BAG', 'CAKE CANDLES', 'PARTY CONES', 'DOILIES']],
  ['light', ['CHANDELIER', 'LIGHTS', 'LAMP', 'LAMPSHADE', 'LIGHT', 'FAIRY LIGHTS', 'NIGHT LIGHT', 'STRING LIGHTS']],
  ['garden', ['PLANT POT', 'PLANTER', 'WATERING CAN', 'BIRD HOUSE', 'BIRD FEEDER', 'PLANT CAGE', 'GARDEN RAKE', 'TROWEL', 'PARASOL', 'UMBRELLA', 'PLANT']],
  ['bath', ['SOAP', 'SOAP DISH', 'BATH', 'SPONGE', 'TOOTHBRUSH', 'SHOWER CAP']],
];

/** Colour, the first one named ("RED + WHITE BENDY STRAWS" is red). */
export const COLOUR_LEXICON: Lexicon = [
  ['red', ['RED', 'SCARLET', 'CRIMSON']],
  ['pink', ['PINK', 'FUSCHIA', 'FUCHSIA', 'MAGENTA']],
  ['blue', ['BLUE', 'NAVY', 'TURQUOISE', 'AQUA']],
  ['green', ['GREEN', 'LIME', 'OLIVE']],
  ['white', ['WHITE', 'IVORY', 'CREAM']],
  ['black', ['BLACK']],
  ['silver', ['SILVER']],
  ['gold', ['GOLD', 'GOLDEN']],
  ['purple', ['PURPLE', 'LILAC', 'VIOLET', 'AMETHYST']],
  ['yellow', ['YELLOW']],
  ['orange', ['ORANGE']],
  ['brown', ['BROWN', 'CHOCOLATE BROWN']],
  ['multicolour', ['MULTICOLOUR', 'MULTI COLOUR', 'RAINBOW', 'ASSORTED COLOUR', 'ASSORTED COLOURS', 'ASSTD COLOUR']],
];

/** Theme or occasion, the first value of this list that the description names (Christmas before love). */
export const THEME_LEXICON: Lexicon = [
  ['christmas', ['CHRISTMAS', 'XMAS', 'SANTA', 'REINDEER', 'SNOWFLAKE', 'SNOWMAN', 'ADVENT', 'NOEL', 'NATIVITY']],
  ['easter', ['EASTER', 'CHICK', 'CHICKS', 'BUNNY', 'BUNNIES']],
  ['halloween', ['HALLOWEEN', 'PUMPKIN', 'WITCH']],
  ['wedding', ['WEDDING', 'BRIDE', 'CONFETTI']],
  ['party', ['BIRTHDAY', 'PARTY', 'CELEBRATION']],
  ['love', ['LOVE', 'HEART', 'HEARTS', 'VALENTINE', 'SWEETHEART', 'LOVEBIRD', 'KISS']],
  ['kids', ['CHILDRENS', 'CHILDS', 'CHILD', 'KIDS', 'BABY', 'SPACEBOY', 'DOLLY GIRL', 'DINOSAUR', 'CIRCUS', 'FAIRY', 'TOY', 'TOYS', 'PIRATE']],
  ['floral', ['FLOWER', 'FLOWERS', 'FLORAL', 'ROSE', 'ROSES', 'DAISY', 'BLOSSOM', 'BOTANICAL', 'GARDEN', 'TULIP', 'LAVENDER', 'HYDRANGEA', 'SUNFLOWER']],
  ['vintage', ['VINTAGE', 'RETRO', 'ANTIQUE', 'REGENCY', 'VICTORIAN', 'EDWARDIAN', 'BAROQUE', "50'S", 'RETROSPOT']],
];

/** Material, the first one named. */
export const MATERIAL_LEXICON: Lexicon = [
  ['glass', ['GLASS', 'CRYSTAL', 'DIAMANTE', 'MURANO']],
  ['metal', ['METAL', 'ZINC', 'TIN', 'TINS', 'IRON', 'ENAMEL', 'COPPER', 'WIRE', 'ALUMINIUM', 'STEEL', 'BRASS', 'CHROME', 'PEWTER', 'SILVER PLATED']],
  ['wood', ['WOOD', 'WOODEN', 'WICKER', 'BAMBOO', 'RATTAN', 'PINE']],
  ['ceramic', ['CERAMIC', 'PORCELAIN', 'CHINA', 'STONEWARE', 'BONE CHINA', 'POTTERY', 'TERRACOTTA']],
  ['paper', ['PAPER', 'CARDBOARD', 'TISSUE', 'TISSUES']],
  ['fabric', ['FELT', 'COTTON', 'FABRIC', 'CROCHET', 'KNITTED', 'LACE', 'FLANNEL', 'JUTE', 'LINEN', 'VELVET', 'FLOCK', 'CANVAS', 'OILCLOTH', 'FELTCRAFT', 'WOOL']],
  ['plastic', ['PLASTIC', 'ACRYLIC', 'PVC', 'MELAMINE', 'SILICONE', 'RESIN', 'POLYESTER']],
];
