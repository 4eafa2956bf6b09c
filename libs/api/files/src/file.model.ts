import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

/** An uploaded file as other domains expose it (`attachments: [File!]!`); bytes come from `url`. */
@ObjectType('File')
export class FileModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'Display name, sanitised; never used to store or serve the bytes.' }) name!: string;
  @Field({ description: 'The type detected from the content (JPEG, PNG, GIF, WebP or PDF).' }) mime!: string;
  @Field(() => Int) bytes!: number;
  @Field(() => Int, { nullable: true }) width!: number | null;
  @Field(() => Int, { nullable: true }) height!: number | null;
  @Field({ description: 'Same-origin download path; needs the session that may read the owner.' }) url!: string;
  @Field(() => String, { nullable: true, description: 'A WebP of at most 400 px, for images.' }) thumbnailUrl!: string | null;
}
